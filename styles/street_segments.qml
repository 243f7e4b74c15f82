<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" symbologyReferenceScale="-1" hasScaleBasedVisibilityFlag="0" styleCategories="AllStyleCategories" labelsEnabled="0" simplifyLocal="1" minScale="100000000" simplifyDrawingTol="1" simplifyAlgorithm="0" simplifyMaxScale="1" maxScale="0" version="3.22.16-Białowieża" readOnly="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal mode="0" enabled="0" endExpression="" accumulate="0" startField="" endField="" durationUnit="min" durationField="" startExpression="" limitMode="0" fixedDuration="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 attr="safety_index" graduatedMethod="GraduatedColor" symbollevels="0" enableorderby="0" referencescale="-1" type="graduatedSymbol" forceraster="0">
    <ranges>
      <range lower="0.000000000000000" label="0-20 least safe" upper="20.000000000000000" symbol="0" render="true"/>
      <range lower="20.000000000000000" label="20-40 less safe" upper="40.000000000000000" symbol="1" render="true"/>
      <range lower="40.000000000000000" label="40-60 middling" upper="60.000000000000000" symbol="2" render="true"/>
      <range lower="60.000000000000000" label="60-80 safer" upper="80.000000000000000" symbol="3" render="true"/>
      <range lower="80.000000000000000" label="80-100 safest" upper="100.000000000000000" symbol="4" render="true"/>
    </ranges>
    <symbols>
      <symbol name="0" alpha="1" clip_to_extent="1" force_rhr="0" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" pass="0" class="SimpleLine">
          <Option type="Map">
            <Option name="align_dash_pattern" value="0" type="QString"/>
            <Option name="capstyle" value="round" type="QString"/>
            <Option name="customdash" value="5;2" type="QString"/>
            <Option name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="customdash_unit" value="MM" type="QString"/>
            <Option name="dash_pattern_offset" value="0" type="QString"/>
            <Option name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="dash_pattern_offset_unit" value="MM" type="QString"/>
            <Option name="draw_inside_polygon" value="0" type="QString"/>
            <Option name="joinstyle" value="round" type="QString"/>
            <Option name="line_color" value="215,25,28,255" type="QString"/>
            <Option name="line_style" value="solid" type="QString"/>
            <Option name="line_width" value="0.8" type="QString"/>
            <Option name="line_width_unit" value="MM" type="QString"/>
            <Option name="offset" value="0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="ring_filter" value="0" type="QString"/>
            <Option name="trim_distance_end" value="0" type="QString"/>
            <Option name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_end_unit" value="MM" type="QString"/>
            <Option name="trim_distance_start" value="0" type="QString"/>
            <Option name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_start_unit" value="MM" type="QString"/>
            <Option name="tweak_dash_pattern_on_corners" value="0" type="QString"/>
            <Option name="use_custom_dash" value="0" type="QString"/>
            <Option name="width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          </Option>
          <prop k="align_dash_pattern" v="0"/>
          <prop k="capstyle" v="round"/>
          <prop k="customdash" v="5;2"/>
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="customdash_unit" v="MM"/>
          <prop k="dash_pattern_offset" v="0"/>
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="dash_pattern_offset_unit" v="MM"/>
          <prop k="draw_inside_polygon" v="0"/>
          <prop k="joinstyle" v="round"/>
          <prop k="line_color" v="215,25,28,255"/>
          <prop k="line_style" v="solid"/>
          <prop k="line_width" v="0.8"/>
          <prop k="line_width_unit" v="MM"/>
          <prop k="offset" v="0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="ring_filter" v="0"/>
          <prop k="trim_distance_end" v="0"/>
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_end_unit" v="MM"/>
          <prop k="trim_distance_start" v="0"/>
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_start_unit" v="MM"/>
          <prop k="tweak_dash_pattern_on_corners" v="0"/>
          <prop k="use_custom_dash" v="0"/>
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="1" alpha="1" clip_to_extent="1" force_rhr="0" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" pass="0" class="SimpleLine">
          <Option type="Map">
            <Option name="align_dash_pattern" value="0" type="QString"/>
            <Option name="capstyle" value="round" type="QString"/>
            <Option name="customdash" value="5;2" type="QString"/>
            <Option name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="customdash_unit" value="MM" type="QString"/>
            <Option name="dash_pattern_offset" value="0" type="QString"/>
            <Option name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="dash_pattern_offset_unit" value="MM" type="QString"/>
            <Option name="draw_inside_polygon" value="0" type="QString"/>
            <Option name="joinstyle" value="round" type="QString"/>
            <Option name="line_color" value="253,174,97,255" type="QString"/>
            <Option name="line_style" value="solid" type="QString"/>
            <Option name="line_width" value="0.8" type="QString"/>
            <Option name="line_width_unit" value="MM" type="QString"/>
            <Option name="offset" value="0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="ring_filter" value="0" type="QString"/>
            <Option name="trim_distance_end" value="0" type="QString"/>
            <Option name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_end_unit" value="MM" type="QString"/>
            <Option name="trim_distance_start" value="0" type="QString"/>
            <Option name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_start_unit" value="MM" type="QString"/>
            <Option name="tweak_dash_pattern_on_corners" value="0" type="QString"/>
            <Option name="use_custom_dash" value="0" type="QString"/>
            <Option name="width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          </Option>
          <prop k="align_dash_pattern" v="0"/>
          <prop k="capstyle" v="round"/>
          <prop k="customdash" v="5;2"/>
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="customdash_unit" v="MM"/>
          <prop k="dash_pattern_offset" v="0"/>
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="dash_pattern_offset_unit" v="MM"/>
          <prop k="draw_inside_polygon" v="0"/>
          <prop k="joinstyle" v="round"/>
          <prop k="line_color" v="253,174,97,255"/>
          <prop k="line_style" v="solid"/>
          <prop k="line_width" v="0.8"/>
          <prop k="line_width_unit" v="MM"/>
          <prop k="offset" v="0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="ring_filter" v="0"/>
          <prop k="trim_distance_end" v="0"/>
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_end_unit" v="MM"/>
          <prop k="trim_distance_start" v="0"/>
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_start_unit" v="MM"/>
          <prop k="tweak_dash_pattern_on_corners" v="0"/>
          <prop k="use_custom_dash" v="0"/>
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="2" alpha="1" clip_to_extent="1" force_rhr="0" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" pass="0" class="SimpleLine">
          <Option type="Map">
            <Option name="align_dash_pattern" value="0" type="QString"/>
            <Option name="capstyle" value="round" type="QString"/>
            <Option name="customdash" value="5;2" type="QString"/>
            <Option name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="customdash_unit" value="MM" type="QString"/>
            <Option name="dash_pattern_offset" value="0" type="QString"/>
            <Option name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="dash_pattern_offset_unit" value="MM" type="QString"/>
            <Option name="draw_inside_polygon" value="0" type="QString"/>
            <Option name="joinstyle" value="round" type="QString"/>
            <Option name="line_color" value="230,216,90,255" type="QString"/>
            <Option name="line_style" value="solid" type="QString"/>
            <Option name="line_width" value="0.8" type="QString"/>
            <Option name="line_width_unit" value="MM" type="QString"/>
            <Option name="offset" value="0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="ring_filter" value="0" type="QString"/>
            <Option name="trim_distance_end" value="0" type="QString"/>
            <Option name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_end_unit" value="MM" type="QString"/>
            <Option name="trim_distance_start" value="0" type="QString"/>
            <Option name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_start_unit" value="MM" type="QString"/>
            <Option name="tweak_dash_pattern_on_corners" value="0" type="QString"/>
            <Option name="use_custom_dash" value="0" type="QString"/>
            <Option name="width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          </Option>
          <prop k="align_dash_pattern" v="0"/>
          <prop k="capstyle" v="round"/>
          <prop k="customdash" v="5;2"/>
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="customdash_unit" v="MM"/>
          <prop k="dash_pattern_offset" v="0"/>
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="dash_pattern_offset_unit" v="MM"/>
          <prop k="draw_inside_polygon" v="0"/>
          <prop k="joinstyle" v="round"/>
          <prop k="line_color" v="230,216,90,255"/>
          <prop k="line_style" v="solid"/>
          <prop k="line_width" v="0.8"/>
          <prop k="line_width_unit" v="MM"/>
          <prop k="offset" v="0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="ring_filter" v="0"/>
          <prop k="trim_distance_end" v="0"/>
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_end_unit" v="MM"/>
          <prop k="trim_distance_start" v="0"/>
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_start_unit" v="MM"/>
          <prop k="tweak_dash_pattern_on_corners" v="0"/>
          <prop k="use_custom_dash" v="0"/>
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="3" alpha="1" clip_to_extent="1" force_rhr="0" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" pass="0" class="SimpleLine">
          <Option type="Map">
            <Option name="align_dash_pattern" value="0" type="QString"/>
            <Option name="capstyle" value="round" type="QString"/>
            <Option name="customdash" value="5;2" type="QString"/>
            <Option name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="customdash_unit" value="MM" type="QString"/>
            <Option name="dash_pattern_offset" value="0" type="QString"/>
            <Option name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="dash_pattern_offset_unit" value="MM" type="QString"/>
            <Option name="draw_inside_polygon" value="0" type="QString"/>
            <Option name="joinstyle" value="round" type="QString"/>
            <Option name="line_color" value="166,217,106,255" type="QString"/>
            <Option name="line_style" value="solid" type="QString"/>
            <Option name="line_width" value="0.8" type="QString"/>
            <Option name="line_width_unit" value="MM" type="QString"/>
            <Option name="offset" value="0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="ring_filter" value="0" type="QString"/>
            <Option name="trim_distance_end" value="0" type="QString"/>
            <Option name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_end_unit" value="MM" type="QString"/>
            <Option name="trim_distance_start" value="0" type="QString"/>
            <Option name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_start_unit" value="MM" type="QString"/>
            <Option name="tweak_dash_pattern_on_corners" value="0" type="QString"/>
            <Option name="use_custom_dash" value="0" type="QString"/>
            <Option name="width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          </Option>
          <prop k="align_dash_pattern" v="0"/>
          <prop k="capstyle" v="round"/>
          <prop k="customdash" v="5;2"/>
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="customdash_unit" v="MM"/>
          <prop k="dash_pattern_offset" v="0"/>
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="dash_pattern_offset_unit" v="MM"/>
          <prop k="draw_inside_polygon" v="0"/>
          <prop k="joinstyle" v="round"/>
          <prop k="line_color" v="166,217,106,255"/>
          <prop k="line_style" v="solid"/>
          <prop k="line_width" v="0.8"/>
          <prop k="line_width_unit" v="MM"/>
          <prop k="offset" v="0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="ring_filter" v="0"/>
          <prop k="trim_distance_end" v="0"/>
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_end_unit" v="MM"/>
          <prop k="trim_distance_start" v="0"/>
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_start_unit" v="MM"/>
          <prop k="tweak_dash_pattern_on_corners" v="0"/>
          <prop k="use_custom_dash" v="0"/>
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="4" alpha="1" clip_to_extent="1" force_rhr="0" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" pass="0" class="SimpleLine">
          <Option type="Map">
            <Option name="align_dash_pattern" value="0" type="QString"/>
            <Option name="capstyle" value="round" type="QString"/>
            <Option name="customdash" value="5;2" type="QString"/>
            <Option name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="customdash_unit" value="MM" type="QString"/>
            <Option name="dash_pattern_offset" value="0" type="QString"/>
            <Option name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="dash_pattern_offset_unit" value="MM" type="QString"/>
            <Option name="draw_inside_polygon" value="0" type="QString"/>
            <Option name="joinstyle" value="round" type="QString"/>
            <Option name="line_color" value="26,150,65,255" type="QString"/>
            <Option name="line_style" value="solid" type="QString"/>
            <Option name="line_width" value="0.8" type="QString"/>
            <Option name="line_width_unit" value="MM" type="QString"/>
            <Option name="offset" value="0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="ring_filter" value="0" type="QString"/>
            <Option name="trim_distance_end" value="0" type="QString"/>
            <Option name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_end_unit" value="MM" type="QString"/>
            <Option name="trim_distance_start" value="0" type="QString"/>
            <Option name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_start_unit" value="MM" type="QString"/>
            <Option name="tweak_dash_pattern_on_corners" value="0" type="QString"/>
            <Option name="use_custom_dash" value="0" type="QString"/>
            <Option name="width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          </Option>
          <prop k="align_dash_pattern" v="0"/>
          <prop k="capstyle" v="round"/>
          <prop k="customdash" v="5;2"/>
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="customdash_unit" v="MM"/>
          <prop k="dash_pattern_offset" v="0"/>
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="dash_pattern_offset_unit" v="MM"/>
          <prop k="draw_inside_polygon" v="0"/>
          <prop k="joinstyle" v="round"/>
          <prop k="line_color" v="26,150,65,255"/>
          <prop k="line_style" v="solid"/>
          <prop k="line_width" v="0.8"/>
          <prop k="line_width_unit" v="MM"/>
          <prop k="offset" v="0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="ring_filter" v="0"/>
          <prop k="trim_distance_end" v="0"/>
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_end_unit" v="MM"/>
          <prop k="trim_distance_start" v="0"/>
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="trim_distance_start_unit" v="MM"/>
          <prop k="tweak_dash_pattern_on_corners" v="0"/>
          <prop k="use_custom_dash" v="0"/>
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <classificationMethod id="Custom">
      <symmetricMode enabled="0" symmetrypoint="0" astride="0"/>
      <labelFormat format="%1 - %2" trimtrailingzeroes="1" labelprecision="4"/>
      <parameters>
        <Option/>
      </parameters>
      <extraInformation/>
    </classificationMethod>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="seg_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="street" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="road_class" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="length_m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="lamps_near" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nearest_lamp_m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="lux_avg" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="lux_min" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="lux_uniformity" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="lighting_class" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="dark_length_m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="lighting_source" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="lit_tag" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_vandalism" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_graffiti" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_littering" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_violence" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_theft" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_drugs" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_disorder" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_fraud" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_other" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_night" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="eb_vandalism" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="eb_littering" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cell_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="kde_vandalism" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="kde_littering" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_z_vandalism" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="hotspot_vandalism" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="surveillance_share" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="unwatched_m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="isovist_area_m2" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="activity" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="bars_150m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nearest_bar_m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="transit_150m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="fast_food_150m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nearest_basket_m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="youth_300m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="vandalism_score" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="littering_score" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="visibility_score" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="safety_index" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="top_factors" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="street_fid" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="Place id" field="seg_id" index="0"/>
    <alias name="Street name" field="street" index="1"/>
    <alias name="Road class (OSM highway or source class)" field="road_class" index="2"/>
    <alias name="Length (m)" field="length_m" index="3"/>
    <alias name="Lamps within lamp radius" field="lamps_near" index="4"/>
    <alias name="Distance to nearest lamp (m)" field="nearest_lamp_m" index="5"/>
    <alias name="Estimated average illuminance (lux)" field="lux_avg" index="6"/>
    <alias name="Estimated minimum illuminance (lux)" field="lux_min" index="7"/>
    <alias name="Illuminance uniformity (min / average)" field="lux_uniformity" index="8"/>
    <alias name="Lighting class met (EN 13201-2 P class)" field="lighting_class" index="9"/>
    <alias name="Length darker than the dark threshold (m)" field="dark_length_m" index="10"/>
    <alias name="Where the lighting figures come from" field="lighting_source" index="11"/>
    <alias name="OSM lit tag" field="lit_tag" index="12"/>
    <alias name="Vandalism reports" field="n_vandalism" index="13"/>
    <alias name="Graffiti reports" field="n_graffiti" index="14"/>
    <alias name="Littering reports" field="n_littering" index="15"/>
    <alias name="Violence reports" field="n_violence" index="16"/>
    <alias name="Theft reports" field="n_theft" index="17"/>
    <alias name="Drug reports" field="n_drugs" index="18"/>
    <alias name="Disorder reports" field="n_disorder" index="19"/>
    <alias name="Fraud reports" field="n_fraud" index="20"/>
    <alias name="Other reports" field="n_other" index="21"/>
    <alias name="Reports at night (18-06 local time)" field="n_night" index="22"/>
    <alias name="Vandalism and graffiti per 100 m (smoothed)" field="eb_vandalism" index="23"/>
    <alias name="Littering per 100 m (smoothed)" field="eb_littering" index="24"/>
    <alias name="Grid cell of the place's midpoint" field="cell_id" index="25"/>
    <alias name="Vandalism kernel density at the midpoint (reports per km2)" field="kde_vandalism" index="26"/>
    <alias name="Littering kernel density at the midpoint (reports per km2)" field="kde_littering" index="27"/>
    <alias name="Getis-Ord Gi* z of vandalism in the place's cell" field="gi_z_vandalism" index="28"/>
    <alias name="Vandalism hotspot class of the place's cell" field="hotspot_vandalism" index="29"/>
    <alias name="Share of the street with a building within 20 m on a side (0-1)" field="surveillance_share" index="30"/>
    <alias name="Longest stretch without a building within 20 m (m)" field="unwatched_m" index="31"/>
    <alias name="Openness: mean area in view (isovist, m2)" field="isovist_area_m2" index="32"/>
    <alias name="Activity: points of interest within 150 m, weighted by kind" field="activity" index="33"/>
    <alias name="Bars, pubs and nightclubs within 150 m" field="bars_150m" index="34"/>
    <alias name="Distance to the nearest bar, pub or nightclub (m)" field="nearest_bar_m" index="35"/>
    <alias name="Transit stops within 150 m" field="transit_150m" index="36"/>
    <alias name="Fast-food places and kiosks within 150 m" field="fast_food_150m" index="37"/>
    <alias name="Distance to the nearest waste basket (m)" field="nearest_basket_m" index="38"/>
    <alias name="Schools and youth venues within 300 m" field="youth_300m" index="39"/>
    <alias name="Vandalism risk score (0-100, high = more risk)" field="vandalism_score" index="40"/>
    <alias name="Littering risk score (0-100, high = more risk)" field="littering_score" index="41"/>
    <alias name="Visibility score (0-100, high = good)" field="visibility_score" index="42"/>
    <alias name="Safety index (0-100, high = safe)" field="safety_index" index="43"/>
    <alias name="What drives the score most" field="top_factors" index="44"/>
    <alias name="Street feature id in the source" field="street_fid" index="45"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="seg_id" expression=""/>
    <default applyOnUpdate="0" field="street" expression=""/>
    <default applyOnUpdate="0" field="road_class" expression=""/>
    <default applyOnUpdate="0" field="length_m" expression=""/>
    <default applyOnUpdate="0" field="lamps_near" expression=""/>
    <default applyOnUpdate="0" field="nearest_lamp_m" expression=""/>
    <default applyOnUpdate="0" field="lux_avg" expression=""/>
    <default applyOnUpdate="0" field="lux_min" expression=""/>
    <default applyOnUpdate="0" field="lux_uniformity" expression=""/>
    <default applyOnUpdate="0" field="lighting_class" expression=""/>
    <default applyOnUpdate="0" field="dark_length_m" expression=""/>
    <default applyOnUpdate="0" field="lighting_source" expression=""/>
    <default applyOnUpdate="0" field="lit_tag" expression=""/>
    <default applyOnUpdate="0" field="n_vandalism" expression=""/>
    <default applyOnUpdate="0" field="n_graffiti" expression=""/>
    <default applyOnUpdate="0" field="n_littering" expression=""/>
    <default applyOnUpdate="0" field="n_violence" expression=""/>
    <default applyOnUpdate="0" field="n_theft" expression=""/>
    <default applyOnUpdate="0" field="n_drugs" expression=""/>
    <default applyOnUpdate="0" field="n_disorder" expression=""/>
    <default applyOnUpdate="0" field="n_fraud" expression=""/>
    <default applyOnUpdate="0" field="n_other" expression=""/>
    <default applyOnUpdate="0" field="n_night" expression=""/>
    <default applyOnUpdate="0" field="eb_vandalism" expression=""/>
    <default applyOnUpdate="0" field="eb_littering" expression=""/>
    <default applyOnUpdate="0" field="cell_id" expression=""/>
    <default applyOnUpdate="0" field="kde_vandalism" expression=""/>
    <default applyOnUpdate="0" field="kde_littering" expression=""/>
    <default applyOnUpdate="0" field="gi_z_vandalism" expression=""/>
    <default applyOnUpdate="0" field="hotspot_vandalism" expression=""/>
    <default applyOnUpdate="0" field="surveillance_share" expression=""/>
    <default applyOnUpdate="0" field="unwatched_m" expression=""/>
    <default applyOnUpdate="0" field="isovist_area_m2" expression=""/>
    <default applyOnUpdate="0" field="activity" expression=""/>
    <default applyOnUpdate="0" field="bars_150m" expression=""/>
    <default applyOnUpdate="0" field="nearest_bar_m" expression=""/>
    <default applyOnUpdate="0" field="transit_150m" expression=""/>
    <default applyOnUpdate="0" field="fast_food_150m" expression=""/>
    <default applyOnUpdate="0" field="nearest_basket_m" expression=""/>
    <default applyOnUpdate="0" field="youth_300m" expression=""/>
    <default applyOnUpdate="0" field="vandalism_score" expression=""/>
    <default applyOnUpdate="0" field="littering_score" expression=""/>
    <default applyOnUpdate="0" field="visibility_score" expression=""/>
    <default applyOnUpdate="0" field="safety_index" expression=""/>
    <default applyOnUpdate="0" field="top_factors" expression=""/>
    <default applyOnUpdate="0" field="street_fid" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" constraints="0" field="seg_id" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="street" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="road_class" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="length_m" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="lamps_near" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="nearest_lamp_m" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="lux_avg" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="lux_min" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="lux_uniformity" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="lighting_class" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="dark_length_m" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="lighting_source" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="lit_tag" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="n_vandalism" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="n_graffiti" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="n_littering" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="n_violence" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="n_theft" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="n_drugs" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="n_disorder" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="n_fraud" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="n_other" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="n_night" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="eb_vandalism" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="eb_littering" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="cell_id" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="kde_vandalism" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="kde_littering" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="gi_z_vandalism" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="hotspot_vandalism" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="surveillance_share" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="unwatched_m" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="isovist_area_m2" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="activity" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="bars_150m" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="nearest_bar_m" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="transit_150m" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="fast_food_150m" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="nearest_basket_m" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="youth_300m" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="vandalism_score" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="littering_score" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="visibility_score" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="safety_index" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="top_factors" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="street_fid" exp_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="seg_id" exp=""/>
    <constraint desc="" field="street" exp=""/>
    <constraint desc="" field="road_class" exp=""/>
    <constraint desc="" field="length_m" exp=""/>
    <constraint desc="" field="lamps_near" exp=""/>
    <constraint desc="" field="nearest_lamp_m" exp=""/>
    <constraint desc="" field="lux_avg" exp=""/>
    <constraint desc="" field="lux_min" exp=""/>
    <constraint desc="" field="lux_uniformity" exp=""/>
    <constraint desc="" field="lighting_class" exp=""/>
    <constraint desc="" field="dark_length_m" exp=""/>
    <constraint desc="" field="lighting_source" exp=""/>
    <constraint desc="" field="lit_tag" exp=""/>
    <constraint desc="" field="n_vandalism" exp=""/>
    <constraint desc="" field="n_graffiti" exp=""/>
    <constraint desc="" field="n_littering" exp=""/>
    <constraint desc="" field="n_violence" exp=""/>
    <constraint desc="" field="n_theft" exp=""/>
    <constraint desc="" field="n_drugs" exp=""/>
    <constraint desc="" field="n_disorder" exp=""/>
    <constraint desc="" field="n_fraud" exp=""/>
    <constraint desc="" field="n_other" exp=""/>
    <constraint desc="" field="n_night" exp=""/>
    <constraint desc="" field="eb_vandalism" exp=""/>
    <constraint desc="" field="eb_littering" exp=""/>
    <constraint desc="" field="cell_id" exp=""/>
    <constraint desc="" field="kde_vandalism" exp=""/>
    <constraint desc="" field="kde_littering" exp=""/>
    <constraint desc="" field="gi_z_vandalism" exp=""/>
    <constraint desc="" field="hotspot_vandalism" exp=""/>
    <constraint desc="" field="surveillance_share" exp=""/>
    <constraint desc="" field="unwatched_m" exp=""/>
    <constraint desc="" field="isovist_area_m2" exp=""/>
    <constraint desc="" field="activity" exp=""/>
    <constraint desc="" field="bars_150m" exp=""/>
    <constraint desc="" field="nearest_bar_m" exp=""/>
    <constraint desc="" field="transit_150m" exp=""/>
    <constraint desc="" field="fast_food_150m" exp=""/>
    <constraint desc="" field="nearest_basket_m" exp=""/>
    <constraint desc="" field="youth_300m" exp=""/>
    <constraint desc="" field="vandalism_score" exp=""/>
    <constraint desc="" field="littering_score" exp=""/>
    <constraint desc="" field="visibility_score" exp=""/>
    <constraint desc="" field="safety_index" exp=""/>
    <constraint desc="" field="top_factors" exp=""/>
    <constraint desc="" field="street_fid" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" actionWidgetStyle="dropDown" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>1</layerGeometryType>
</qgis>
