<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" labelsEnabled="0" simplifyLocal="1" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0" readOnly="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal limitMode="0" startField="" durationField="" enabled="0" endExpression="" startExpression="" durationUnit="min" fixedDuration="0" accumulate="0" mode="0" endField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="graduatedSymbol" referencescale="-1" enableorderby="0" attr="safety_index" graduatedMethod="GraduatedColor" forceraster="0" symbollevels="0">
    <ranges>
      <range lower="0.000000000000000" symbol="0" upper="20.000000000000000" render="true" label="0-20 least safe"/>
      <range lower="20.000000000000000" symbol="1" upper="40.000000000000000" render="true" label="20-40 less safe"/>
      <range lower="40.000000000000000" symbol="2" upper="60.000000000000000" render="true" label="40-60 middling"/>
      <range lower="60.000000000000000" symbol="3" upper="80.000000000000000" render="true" label="60-80 safer"/>
      <range lower="80.000000000000000" symbol="4" upper="100.000000000000000" render="true" label="80-100 safest"/>
    </ranges>
    <symbols>
      <symbol type="line" force_rhr="0" clip_to_extent="1" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="align_dash_pattern" value="0"/>
            <Option type="QString" name="capstyle" value="round"/>
            <Option type="QString" name="customdash" value="5;2"/>
            <Option type="QString" name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="customdash_unit" value="MM"/>
            <Option type="QString" name="dash_pattern_offset" value="0"/>
            <Option type="QString" name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="dash_pattern_offset_unit" value="MM"/>
            <Option type="QString" name="draw_inside_polygon" value="0"/>
            <Option type="QString" name="joinstyle" value="round"/>
            <Option type="QString" name="line_color" value="215,25,28,255"/>
            <Option type="QString" name="line_style" value="solid"/>
            <Option type="QString" name="line_width" value="0.8"/>
            <Option type="QString" name="line_width_unit" value="MM"/>
            <Option type="QString" name="offset" value="0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="ring_filter" value="0"/>
            <Option type="QString" name="trim_distance_end" value="0"/>
            <Option type="QString" name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_end_unit" value="MM"/>
            <Option type="QString" name="trim_distance_start" value="0"/>
            <Option type="QString" name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_start_unit" value="MM"/>
            <Option type="QString" name="tweak_dash_pattern_on_corners" value="0"/>
            <Option type="QString" name="use_custom_dash" value="0"/>
            <Option type="QString" name="width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="line" force_rhr="0" clip_to_extent="1" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="align_dash_pattern" value="0"/>
            <Option type="QString" name="capstyle" value="round"/>
            <Option type="QString" name="customdash" value="5;2"/>
            <Option type="QString" name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="customdash_unit" value="MM"/>
            <Option type="QString" name="dash_pattern_offset" value="0"/>
            <Option type="QString" name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="dash_pattern_offset_unit" value="MM"/>
            <Option type="QString" name="draw_inside_polygon" value="0"/>
            <Option type="QString" name="joinstyle" value="round"/>
            <Option type="QString" name="line_color" value="253,174,97,255"/>
            <Option type="QString" name="line_style" value="solid"/>
            <Option type="QString" name="line_width" value="0.8"/>
            <Option type="QString" name="line_width_unit" value="MM"/>
            <Option type="QString" name="offset" value="0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="ring_filter" value="0"/>
            <Option type="QString" name="trim_distance_end" value="0"/>
            <Option type="QString" name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_end_unit" value="MM"/>
            <Option type="QString" name="trim_distance_start" value="0"/>
            <Option type="QString" name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_start_unit" value="MM"/>
            <Option type="QString" name="tweak_dash_pattern_on_corners" value="0"/>
            <Option type="QString" name="use_custom_dash" value="0"/>
            <Option type="QString" name="width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="line" force_rhr="0" clip_to_extent="1" alpha="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="align_dash_pattern" value="0"/>
            <Option type="QString" name="capstyle" value="round"/>
            <Option type="QString" name="customdash" value="5;2"/>
            <Option type="QString" name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="customdash_unit" value="MM"/>
            <Option type="QString" name="dash_pattern_offset" value="0"/>
            <Option type="QString" name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="dash_pattern_offset_unit" value="MM"/>
            <Option type="QString" name="draw_inside_polygon" value="0"/>
            <Option type="QString" name="joinstyle" value="round"/>
            <Option type="QString" name="line_color" value="230,216,90,255"/>
            <Option type="QString" name="line_style" value="solid"/>
            <Option type="QString" name="line_width" value="0.8"/>
            <Option type="QString" name="line_width_unit" value="MM"/>
            <Option type="QString" name="offset" value="0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="ring_filter" value="0"/>
            <Option type="QString" name="trim_distance_end" value="0"/>
            <Option type="QString" name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_end_unit" value="MM"/>
            <Option type="QString" name="trim_distance_start" value="0"/>
            <Option type="QString" name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_start_unit" value="MM"/>
            <Option type="QString" name="tweak_dash_pattern_on_corners" value="0"/>
            <Option type="QString" name="use_custom_dash" value="0"/>
            <Option type="QString" name="width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="line" force_rhr="0" clip_to_extent="1" alpha="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="align_dash_pattern" value="0"/>
            <Option type="QString" name="capstyle" value="round"/>
            <Option type="QString" name="customdash" value="5;2"/>
            <Option type="QString" name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="customdash_unit" value="MM"/>
            <Option type="QString" name="dash_pattern_offset" value="0"/>
            <Option type="QString" name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="dash_pattern_offset_unit" value="MM"/>
            <Option type="QString" name="draw_inside_polygon" value="0"/>
            <Option type="QString" name="joinstyle" value="round"/>
            <Option type="QString" name="line_color" value="166,217,106,255"/>
            <Option type="QString" name="line_style" value="solid"/>
            <Option type="QString" name="line_width" value="0.8"/>
            <Option type="QString" name="line_width_unit" value="MM"/>
            <Option type="QString" name="offset" value="0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="ring_filter" value="0"/>
            <Option type="QString" name="trim_distance_end" value="0"/>
            <Option type="QString" name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_end_unit" value="MM"/>
            <Option type="QString" name="trim_distance_start" value="0"/>
            <Option type="QString" name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_start_unit" value="MM"/>
            <Option type="QString" name="tweak_dash_pattern_on_corners" value="0"/>
            <Option type="QString" name="use_custom_dash" value="0"/>
            <Option type="QString" name="width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="line" force_rhr="0" clip_to_extent="1" alpha="1" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="align_dash_pattern" value="0"/>
            <Option type="QString" name="capstyle" value="round"/>
            <Option type="QString" name="customdash" value="5;2"/>
            <Option type="QString" name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="customdash_unit" value="MM"/>
            <Option type="QString" name="dash_pattern_offset" value="0"/>
            <Option type="QString" name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="dash_pattern_offset_unit" value="MM"/>
            <Option type="QString" name="draw_inside_polygon" value="0"/>
            <Option type="QString" name="joinstyle" value="round"/>
            <Option type="QString" name="line_color" value="26,150,65,255"/>
            <Option type="QString" name="line_style" value="solid"/>
            <Option type="QString" name="line_width" value="0.8"/>
            <Option type="QString" name="line_width_unit" value="MM"/>
            <Option type="QString" name="offset" value="0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="ring_filter" value="0"/>
            <Option type="QString" name="trim_distance_end" value="0"/>
            <Option type="QString" name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_end_unit" value="MM"/>
            <Option type="QString" name="trim_distance_start" value="0"/>
            <Option type="QString" name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_start_unit" value="MM"/>
            <Option type="QString" name="tweak_dash_pattern_on_corners" value="0"/>
            <Option type="QString" name="use_custom_dash" value="0"/>
            <Option type="QString" name="width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <classificationMethod id="Custom">
      <symmetricMode symmetrypoint="0" astride="0" enabled="0"/>
      <labelFormat labelprecision="4" trimtrailingzeroes="1" format="%1 - %2"/>
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
  <legend type="default-vector" showLabelLegend="0"/>
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
    <field name="location" configurationFlags="None">
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
    <alias name="Feature id of the place's longest input line" field="street_fid" index="45"/>
    <alias name="Feature ids of the input lines the place is made of" field="source_ids" index="46"/>
    <alias name="Feature ids of the sidewalks and crossings attached to the place" field="attached_ids" index="47"/>
    <alias name="Where: the street and the streets at its ends" field="location" index="48"/>
  </aliases>
  <defaults>
    <default expression="" field="seg_id" applyOnUpdate="0"/>
    <default expression="" field="street" applyOnUpdate="0"/>
    <default expression="" field="road_class" applyOnUpdate="0"/>
    <default expression="" field="length_m" applyOnUpdate="0"/>
    <default expression="" field="lamps_near" applyOnUpdate="0"/>
    <default expression="" field="nearest_lamp_m" applyOnUpdate="0"/>
    <default expression="" field="lux_avg" applyOnUpdate="0"/>
    <default expression="" field="lux_min" applyOnUpdate="0"/>
    <default expression="" field="lux_uniformity" applyOnUpdate="0"/>
    <default expression="" field="lighting_class" applyOnUpdate="0"/>
    <default expression="" field="dark_length_m" applyOnUpdate="0"/>
    <default expression="" field="lighting_source" applyOnUpdate="0"/>
    <default expression="" field="lit_tag" applyOnUpdate="0"/>
    <default expression="" field="n_vandalism" applyOnUpdate="0"/>
    <default expression="" field="n_graffiti" applyOnUpdate="0"/>
    <default expression="" field="n_littering" applyOnUpdate="0"/>
    <default expression="" field="n_violence" applyOnUpdate="0"/>
    <default expression="" field="n_theft" applyOnUpdate="0"/>
    <default expression="" field="n_drugs" applyOnUpdate="0"/>
    <default expression="" field="n_disorder" applyOnUpdate="0"/>
    <default expression="" field="n_fraud" applyOnUpdate="0"/>
    <default expression="" field="n_other" applyOnUpdate="0"/>
    <default expression="" field="n_night" applyOnUpdate="0"/>
    <default expression="" field="eb_vandalism" applyOnUpdate="0"/>
    <default expression="" field="eb_littering" applyOnUpdate="0"/>
    <default expression="" field="cell_id" applyOnUpdate="0"/>
    <default expression="" field="kde_vandalism" applyOnUpdate="0"/>
    <default expression="" field="kde_littering" applyOnUpdate="0"/>
    <default expression="" field="gi_z_vandalism" applyOnUpdate="0"/>
    <default expression="" field="hotspot_vandalism" applyOnUpdate="0"/>
    <default expression="" field="surveillance_share" applyOnUpdate="0"/>
    <default expression="" field="unwatched_m" applyOnUpdate="0"/>
    <default expression="" field="isovist_area_m2" applyOnUpdate="0"/>
    <default expression="" field="activity" applyOnUpdate="0"/>
    <default expression="" field="bars_150m" applyOnUpdate="0"/>
    <default expression="" field="nearest_bar_m" applyOnUpdate="0"/>
    <default expression="" field="transit_150m" applyOnUpdate="0"/>
    <default expression="" field="fast_food_150m" applyOnUpdate="0"/>
    <default expression="" field="nearest_basket_m" applyOnUpdate="0"/>
    <default expression="" field="youth_300m" applyOnUpdate="0"/>
    <default expression="" field="vandalism_score" applyOnUpdate="0"/>
    <default expression="" field="littering_score" applyOnUpdate="0"/>
    <default expression="" field="visibility_score" applyOnUpdate="0"/>
    <default expression="" field="safety_index" applyOnUpdate="0"/>
    <default expression="" field="top_factors" applyOnUpdate="0"/>
    <default expression="" field="street_fid" applyOnUpdate="0"/>
    <default expression="" field="source_ids" applyOnUpdate="0"/>
    <default expression="" field="attached_ids" applyOnUpdate="0"/>
    <default expression="" field="location" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="seg_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="street" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="road_class" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="length_m" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lamps_near" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nearest_lamp_m" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lux_avg" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lux_min" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lux_uniformity" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lighting_class" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="dark_length_m" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lighting_source" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lit_tag" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_vandalism" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_graffiti" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_littering" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_violence" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_theft" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_drugs" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_disorder" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_fraud" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_other" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="n_night" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="eb_vandalism" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="eb_littering" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cell_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="kde_vandalism" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="kde_littering" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="gi_z_vandalism" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="hotspot_vandalism" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="surveillance_share" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unwatched_m" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="isovist_area_m2" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="activity" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="bars_150m" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nearest_bar_m" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="transit_150m" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="fast_food_150m" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="nearest_basket_m" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="youth_300m" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="vandalism_score" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="littering_score" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="visibility_score" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="safety_index" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="top_factors" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="street_fid" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="source_ids" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="attached_ids" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="location" notnull_strength="0" constraints="0"/>
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
    <constraint desc="" field="location" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
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
