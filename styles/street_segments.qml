<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" simplifyMaxScale="1" styleCategories="AllStyleCategories" symbologyReferenceScale="-1" simplifyLocal="1" hasScaleBasedVisibilityFlag="0" labelsEnabled="0" simplifyDrawingHints="1" maxScale="0" readOnly="0" simplifyDrawingTol="1" minScale="100000000" simplifyAlgorithm="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal limitMode="0" startField="" startExpression="" endExpression="" enabled="0" durationUnit="min" fixedDuration="0" durationField="" accumulate="0" mode="0" endField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 symbollevels="0" type="graduatedSymbol" attr="safety_index" forceraster="0" referencescale="-1" enableorderby="0" graduatedMethod="GraduatedColor">
    <ranges>
      <range label="0-20 least safe" upper="20.000000000000000" lower="0.000000000000000" symbol="0" render="true"/>
      <range label="20-40 less safe" upper="40.000000000000000" lower="20.000000000000000" symbol="1" render="true"/>
      <range label="40-60 middling" upper="60.000000000000000" lower="40.000000000000000" symbol="2" render="true"/>
      <range label="60-80 safer" upper="80.000000000000000" lower="60.000000000000000" symbol="3" render="true"/>
      <range label="80-100 safest" upper="100.000000000000000" lower="80.000000000000000" symbol="4" render="true"/>
    </ranges>
    <symbols>
      <symbol alpha="1" name="0" force_rhr="0" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleLine" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0"/>
            <Option name="capstyle" type="QString" value="round"/>
            <Option name="customdash" type="QString" value="5;2"/>
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="customdash_unit" type="QString" value="MM"/>
            <Option name="dash_pattern_offset" type="QString" value="0"/>
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="dash_pattern_offset_unit" type="QString" value="MM"/>
            <Option name="draw_inside_polygon" type="QString" value="0"/>
            <Option name="joinstyle" type="QString" value="round"/>
            <Option name="line_color" type="QString" value="215,25,28,255"/>
            <Option name="line_style" type="QString" value="solid"/>
            <Option name="line_width" type="QString" value="0.8"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
            <Option name="offset" type="QString" value="0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="ring_filter" type="QString" value="0"/>
            <Option name="trim_distance_end" type="QString" value="0"/>
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_end_unit" type="QString" value="MM"/>
            <Option name="trim_distance_start" type="QString" value="0"/>
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_start_unit" type="QString" value="MM"/>
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0"/>
            <Option name="use_custom_dash" type="QString" value="0"/>
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" name="1" force_rhr="0" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleLine" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0"/>
            <Option name="capstyle" type="QString" value="round"/>
            <Option name="customdash" type="QString" value="5;2"/>
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="customdash_unit" type="QString" value="MM"/>
            <Option name="dash_pattern_offset" type="QString" value="0"/>
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="dash_pattern_offset_unit" type="QString" value="MM"/>
            <Option name="draw_inside_polygon" type="QString" value="0"/>
            <Option name="joinstyle" type="QString" value="round"/>
            <Option name="line_color" type="QString" value="253,174,97,255"/>
            <Option name="line_style" type="QString" value="solid"/>
            <Option name="line_width" type="QString" value="0.8"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
            <Option name="offset" type="QString" value="0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="ring_filter" type="QString" value="0"/>
            <Option name="trim_distance_end" type="QString" value="0"/>
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_end_unit" type="QString" value="MM"/>
            <Option name="trim_distance_start" type="QString" value="0"/>
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_start_unit" type="QString" value="MM"/>
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0"/>
            <Option name="use_custom_dash" type="QString" value="0"/>
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" name="2" force_rhr="0" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleLine" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0"/>
            <Option name="capstyle" type="QString" value="round"/>
            <Option name="customdash" type="QString" value="5;2"/>
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="customdash_unit" type="QString" value="MM"/>
            <Option name="dash_pattern_offset" type="QString" value="0"/>
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="dash_pattern_offset_unit" type="QString" value="MM"/>
            <Option name="draw_inside_polygon" type="QString" value="0"/>
            <Option name="joinstyle" type="QString" value="round"/>
            <Option name="line_color" type="QString" value="230,216,90,255"/>
            <Option name="line_style" type="QString" value="solid"/>
            <Option name="line_width" type="QString" value="0.8"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
            <Option name="offset" type="QString" value="0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="ring_filter" type="QString" value="0"/>
            <Option name="trim_distance_end" type="QString" value="0"/>
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_end_unit" type="QString" value="MM"/>
            <Option name="trim_distance_start" type="QString" value="0"/>
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_start_unit" type="QString" value="MM"/>
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0"/>
            <Option name="use_custom_dash" type="QString" value="0"/>
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" name="3" force_rhr="0" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleLine" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0"/>
            <Option name="capstyle" type="QString" value="round"/>
            <Option name="customdash" type="QString" value="5;2"/>
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="customdash_unit" type="QString" value="MM"/>
            <Option name="dash_pattern_offset" type="QString" value="0"/>
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="dash_pattern_offset_unit" type="QString" value="MM"/>
            <Option name="draw_inside_polygon" type="QString" value="0"/>
            <Option name="joinstyle" type="QString" value="round"/>
            <Option name="line_color" type="QString" value="166,217,106,255"/>
            <Option name="line_style" type="QString" value="solid"/>
            <Option name="line_width" type="QString" value="0.8"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
            <Option name="offset" type="QString" value="0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="ring_filter" type="QString" value="0"/>
            <Option name="trim_distance_end" type="QString" value="0"/>
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_end_unit" type="QString" value="MM"/>
            <Option name="trim_distance_start" type="QString" value="0"/>
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_start_unit" type="QString" value="MM"/>
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0"/>
            <Option name="use_custom_dash" type="QString" value="0"/>
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" name="4" force_rhr="0" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleLine" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0"/>
            <Option name="capstyle" type="QString" value="round"/>
            <Option name="customdash" type="QString" value="5;2"/>
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="customdash_unit" type="QString" value="MM"/>
            <Option name="dash_pattern_offset" type="QString" value="0"/>
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="dash_pattern_offset_unit" type="QString" value="MM"/>
            <Option name="draw_inside_polygon" type="QString" value="0"/>
            <Option name="joinstyle" type="QString" value="round"/>
            <Option name="line_color" type="QString" value="26,150,65,255"/>
            <Option name="line_style" type="QString" value="solid"/>
            <Option name="line_width" type="QString" value="0.8"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
            <Option name="offset" type="QString" value="0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="ring_filter" type="QString" value="0"/>
            <Option name="trim_distance_end" type="QString" value="0"/>
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_end_unit" type="QString" value="MM"/>
            <Option name="trim_distance_start" type="QString" value="0"/>
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_start_unit" type="QString" value="MM"/>
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0"/>
            <Option name="use_custom_dash" type="QString" value="0"/>
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <classificationMethod id="Custom">
      <symmetricMode symmetrypoint="0" enabled="0" astride="0"/>
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
      <Option type="QString" value=""/>
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
    <field name="source_ids" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="attached_ids" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="Place id" index="0" field="seg_id"/>
    <alias name="Street name" index="1" field="street"/>
    <alias name="Road class (OSM highway or source class)" index="2" field="road_class"/>
    <alias name="Length (m)" index="3" field="length_m"/>
    <alias name="Lamps within lamp radius" index="4" field="lamps_near"/>
    <alias name="Distance to nearest lamp (m)" index="5" field="nearest_lamp_m"/>
    <alias name="Estimated average illuminance (lux)" index="6" field="lux_avg"/>
    <alias name="Estimated minimum illuminance (lux)" index="7" field="lux_min"/>
    <alias name="Illuminance uniformity (min / average)" index="8" field="lux_uniformity"/>
    <alias name="Lighting class met (EN 13201-2 P class)" index="9" field="lighting_class"/>
    <alias name="Length darker than the dark threshold (m)" index="10" field="dark_length_m"/>
    <alias name="Where the lighting figures come from" index="11" field="lighting_source"/>
    <alias name="OSM lit tag" index="12" field="lit_tag"/>
    <alias name="Vandalism reports" index="13" field="n_vandalism"/>
    <alias name="Graffiti reports" index="14" field="n_graffiti"/>
    <alias name="Littering reports" index="15" field="n_littering"/>
    <alias name="Violence reports" index="16" field="n_violence"/>
    <alias name="Theft reports" index="17" field="n_theft"/>
    <alias name="Drug reports" index="18" field="n_drugs"/>
    <alias name="Disorder reports" index="19" field="n_disorder"/>
    <alias name="Fraud reports" index="20" field="n_fraud"/>
    <alias name="Other reports" index="21" field="n_other"/>
    <alias name="Reports at night (18-06 local time)" index="22" field="n_night"/>
    <alias name="Vandalism and graffiti per 100 m (smoothed)" index="23" field="eb_vandalism"/>
    <alias name="Littering per 100 m (smoothed)" index="24" field="eb_littering"/>
    <alias name="Grid cell of the place's midpoint" index="25" field="cell_id"/>
    <alias name="Vandalism kernel density at the midpoint (reports per km2)" index="26" field="kde_vandalism"/>
    <alias name="Littering kernel density at the midpoint (reports per km2)" index="27" field="kde_littering"/>
    <alias name="Getis-Ord Gi* z of vandalism in the place's cell" index="28" field="gi_z_vandalism"/>
    <alias name="Vandalism hotspot class of the place's cell" index="29" field="hotspot_vandalism"/>
    <alias name="Share of the street with a building within 20 m on a side (0-1)" index="30" field="surveillance_share"/>
    <alias name="Longest stretch without a building within 20 m (m)" index="31" field="unwatched_m"/>
    <alias name="Openness: mean area in view (isovist, m2)" index="32" field="isovist_area_m2"/>
    <alias name="Activity: points of interest within 150 m, weighted by kind" index="33" field="activity"/>
    <alias name="Bars, pubs and nightclubs within 150 m" index="34" field="bars_150m"/>
    <alias name="Distance to the nearest bar, pub or nightclub (m)" index="35" field="nearest_bar_m"/>
    <alias name="Transit stops within 150 m" index="36" field="transit_150m"/>
    <alias name="Fast-food places and kiosks within 150 m" index="37" field="fast_food_150m"/>
    <alias name="Distance to the nearest waste basket (m)" index="38" field="nearest_basket_m"/>
    <alias name="Schools and youth venues within 300 m" index="39" field="youth_300m"/>
    <alias name="Vandalism risk score (0-100, high = more risk)" index="40" field="vandalism_score"/>
    <alias name="Littering risk score (0-100, high = more risk)" index="41" field="littering_score"/>
    <alias name="Visibility score (0-100, high = good)" index="42" field="visibility_score"/>
    <alias name="Safety index (0-100, high = safe)" index="43" field="safety_index"/>
    <alias name="What drives the score most" index="44" field="top_factors"/>
    <alias name="Feature id of the place's longest input line" index="45" field="street_fid"/>
    <alias name="Feature ids of the input lines the place is made of" index="46" field="source_ids"/>
    <alias name="Feature ids of the sidewalks and crossings attached to the place" index="47" field="attached_ids"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="seg_id"/>
    <default expression="" applyOnUpdate="0" field="street"/>
    <default expression="" applyOnUpdate="0" field="road_class"/>
    <default expression="" applyOnUpdate="0" field="length_m"/>
    <default expression="" applyOnUpdate="0" field="lamps_near"/>
    <default expression="" applyOnUpdate="0" field="nearest_lamp_m"/>
    <default expression="" applyOnUpdate="0" field="lux_avg"/>
    <default expression="" applyOnUpdate="0" field="lux_min"/>
    <default expression="" applyOnUpdate="0" field="lux_uniformity"/>
    <default expression="" applyOnUpdate="0" field="lighting_class"/>
    <default expression="" applyOnUpdate="0" field="dark_length_m"/>
    <default expression="" applyOnUpdate="0" field="lighting_source"/>
    <default expression="" applyOnUpdate="0" field="lit_tag"/>
    <default expression="" applyOnUpdate="0" field="n_vandalism"/>
    <default expression="" applyOnUpdate="0" field="n_graffiti"/>
    <default expression="" applyOnUpdate="0" field="n_littering"/>
    <default expression="" applyOnUpdate="0" field="n_violence"/>
    <default expression="" applyOnUpdate="0" field="n_theft"/>
    <default expression="" applyOnUpdate="0" field="n_drugs"/>
    <default expression="" applyOnUpdate="0" field="n_disorder"/>
    <default expression="" applyOnUpdate="0" field="n_fraud"/>
    <default expression="" applyOnUpdate="0" field="n_other"/>
    <default expression="" applyOnUpdate="0" field="n_night"/>
    <default expression="" applyOnUpdate="0" field="eb_vandalism"/>
    <default expression="" applyOnUpdate="0" field="eb_littering"/>
    <default expression="" applyOnUpdate="0" field="cell_id"/>
    <default expression="" applyOnUpdate="0" field="kde_vandalism"/>
    <default expression="" applyOnUpdate="0" field="kde_littering"/>
    <default expression="" applyOnUpdate="0" field="gi_z_vandalism"/>
    <default expression="" applyOnUpdate="0" field="hotspot_vandalism"/>
    <default expression="" applyOnUpdate="0" field="surveillance_share"/>
    <default expression="" applyOnUpdate="0" field="unwatched_m"/>
    <default expression="" applyOnUpdate="0" field="isovist_area_m2"/>
    <default expression="" applyOnUpdate="0" field="activity"/>
    <default expression="" applyOnUpdate="0" field="bars_150m"/>
    <default expression="" applyOnUpdate="0" field="nearest_bar_m"/>
    <default expression="" applyOnUpdate="0" field="transit_150m"/>
    <default expression="" applyOnUpdate="0" field="fast_food_150m"/>
    <default expression="" applyOnUpdate="0" field="nearest_basket_m"/>
    <default expression="" applyOnUpdate="0" field="youth_300m"/>
    <default expression="" applyOnUpdate="0" field="vandalism_score"/>
    <default expression="" applyOnUpdate="0" field="littering_score"/>
    <default expression="" applyOnUpdate="0" field="visibility_score"/>
    <default expression="" applyOnUpdate="0" field="safety_index"/>
    <default expression="" applyOnUpdate="0" field="top_factors"/>
    <default expression="" applyOnUpdate="0" field="street_fid"/>
    <default expression="" applyOnUpdate="0" field="source_ids"/>
    <default expression="" applyOnUpdate="0" field="attached_ids"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="seg_id"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="street"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="road_class"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="length_m"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="lamps_near"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="nearest_lamp_m"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="lux_avg"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="lux_min"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="lux_uniformity"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="lighting_class"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="dark_length_m"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="lighting_source"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="lit_tag"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="n_vandalism"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="n_graffiti"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="n_littering"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="n_violence"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="n_theft"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="n_drugs"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="n_disorder"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="n_fraud"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="n_other"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="n_night"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="eb_vandalism"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="eb_littering"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="cell_id"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="kde_vandalism"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="kde_littering"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="gi_z_vandalism"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="hotspot_vandalism"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="surveillance_share"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="unwatched_m"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="isovist_area_m2"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="activity"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="bars_150m"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="nearest_bar_m"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="transit_150m"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="fast_food_150m"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="nearest_basket_m"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="youth_300m"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="vandalism_score"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="littering_score"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="visibility_score"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="safety_index"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="top_factors"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="street_fid"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="source_ids"/>
    <constraint unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0" field="attached_ids"/>
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
    <constraint desc="" field="source_ids" exp=""/>
    <constraint desc="" field="attached_ids" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" actionWidgetStyle="dropDown" sortOrder="0">
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
