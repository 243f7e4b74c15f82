<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyAlgorithm="0" simplifyLocal="1" readOnly="0" maxScale="0" minScale="100000000" version="3.22.16-Białowieża" simplifyDrawingHints="1" simplifyMaxScale="1" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" labelsEnabled="0" simplifyDrawingTol="1" symbologyReferenceScale="-1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" startExpression="" fixedDuration="0" endField="" limitMode="0" startField="" enabled="0" durationUnit="min" durationField="" endExpression="" mode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 graduatedMethod="GraduatedColor" attr="safety_index" type="graduatedSymbol" forceraster="0" referencescale="-1" enableorderby="0" symbollevels="0">
    <ranges>
      <range symbol="0" label="0-20 least safe" lower="0.000000000000000" render="true" upper="20.000000000000000"/>
      <range symbol="1" label="20-40 less safe" lower="20.000000000000000" render="true" upper="40.000000000000000"/>
      <range symbol="2" label="40-60 middling" lower="40.000000000000000" render="true" upper="60.000000000000000"/>
      <range symbol="3" label="60-80 safer" lower="60.000000000000000" render="true" upper="80.000000000000000"/>
      <range symbol="4" label="80-100 safest" lower="80.000000000000000" render="true" upper="100.000000000000000"/>
    </ranges>
    <symbols>
      <symbol force_rhr="0" type="line" clip_to_extent="1" name="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleLine" enabled="1" pass="0">
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
      <symbol force_rhr="0" type="line" clip_to_extent="1" name="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleLine" enabled="1" pass="0">
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
      <symbol force_rhr="0" type="line" clip_to_extent="1" name="2" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleLine" enabled="1" pass="0">
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
      <symbol force_rhr="0" type="line" clip_to_extent="1" name="3" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleLine" enabled="1" pass="0">
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
      <symbol force_rhr="0" type="line" clip_to_extent="1" name="4" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleLine" enabled="1" pass="0">
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
      <symmetricMode symmetrypoint="0" enabled="0" astride="0"/>
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
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="seg_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="street">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="road_class">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="length_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="lamps_near">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="nearest_lamp_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="lux_avg">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="lux_min">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="lux_uniformity">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="lighting_class">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="dark_length_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="lighting_source">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="lit_tag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_vandalism">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_graffiti">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_littering">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_violence">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_theft">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_drugs">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_disorder">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_fraud">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_other">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_night">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="eb_vandalism">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="eb_littering">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cell_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="kde_vandalism">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="kde_littering">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_z_vandalism">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hotspot_vandalism">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="surveillance_share">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="unwatched_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="isovist_area_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="activity">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="bars_150m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="nearest_bar_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="transit_150m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="fast_food_150m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="nearest_basket_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="youth_300m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="vandalism_score">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="littering_score">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="visibility_score">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="safety_index">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="top_factors">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="street_fid">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="source_ids">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="attached_ids">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="location">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="lamps_per_km">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="lighting_conflict">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="seg_id" index="0" name="Place id"/>
    <alias field="street" index="1" name="Street name"/>
    <alias field="road_class" index="2" name="Road class (OSM highway or source class)"/>
    <alias field="length_m" index="3" name="Length (m)"/>
    <alias field="lamps_near" index="4" name="Lamps within lamp radius"/>
    <alias field="nearest_lamp_m" index="5" name="Distance to nearest lamp (m)"/>
    <alias field="lux_avg" index="6" name="Estimated average illuminance (lux)"/>
    <alias field="lux_min" index="7" name="Estimated minimum illuminance (lux)"/>
    <alias field="lux_uniformity" index="8" name="Illuminance uniformity (min / average)"/>
    <alias field="lighting_class" index="9" name="Lighting class met (EN 13201-2 P class)"/>
    <alias field="dark_length_m" index="10" name="Length darker than the dark threshold (m)"/>
    <alias field="lighting_source" index="11" name="Where the lighting figures come from"/>
    <alias field="lit_tag" index="12" name="OSM lit tag"/>
    <alias field="n_vandalism" index="13" name="Vandalism reports"/>
    <alias field="n_graffiti" index="14" name="Graffiti reports"/>
    <alias field="n_littering" index="15" name="Littering reports"/>
    <alias field="n_violence" index="16" name="Violence reports"/>
    <alias field="n_theft" index="17" name="Theft reports"/>
    <alias field="n_drugs" index="18" name="Drug reports"/>
    <alias field="n_disorder" index="19" name="Disorder reports"/>
    <alias field="n_fraud" index="20" name="Fraud reports"/>
    <alias field="n_other" index="21" name="Other reports"/>
    <alias field="n_night" index="22" name="Reports at night (18-06 local time)"/>
    <alias field="eb_vandalism" index="23" name="Vandalism and graffiti per 100 m (smoothed)"/>
    <alias field="eb_littering" index="24" name="Littering per 100 m (smoothed)"/>
    <alias field="cell_id" index="25" name="Grid cell of the place's midpoint"/>
    <alias field="kde_vandalism" index="26" name="Vandalism kernel density at the midpoint (reports per km2)"/>
    <alias field="kde_littering" index="27" name="Littering kernel density at the midpoint (reports per km2)"/>
    <alias field="gi_z_vandalism" index="28" name="Getis-Ord Gi* z of vandalism in the place's cell"/>
    <alias field="hotspot_vandalism" index="29" name="Vandalism hotspot class of the place's cell"/>
    <alias field="surveillance_share" index="30" name="Share of the street with a building within 20 m on a side (0-1)"/>
    <alias field="unwatched_m" index="31" name="Longest stretch without a building within 20 m (m)"/>
    <alias field="isovist_area_m2" index="32" name="Openness: mean area in view (isovist, m2)"/>
    <alias field="activity" index="33" name="Activity: points of interest within 150 m, weighted by kind"/>
    <alias field="bars_150m" index="34" name="Bars, pubs and nightclubs within 150 m"/>
    <alias field="nearest_bar_m" index="35" name="Distance to the nearest bar, pub or nightclub (m)"/>
    <alias field="transit_150m" index="36" name="Transit stops within 150 m"/>
    <alias field="fast_food_150m" index="37" name="Fast-food places and kiosks within 150 m"/>
    <alias field="nearest_basket_m" index="38" name="Distance to the nearest waste basket (m)"/>
    <alias field="youth_300m" index="39" name="Schools and youth venues within 300 m"/>
    <alias field="vandalism_score" index="40" name="Vandalism risk score (0-100, high = more risk)"/>
    <alias field="littering_score" index="41" name="Littering risk score (0-100, high = more risk)"/>
    <alias field="visibility_score" index="42" name="Visibility score (0-100, high = good)"/>
    <alias field="safety_index" index="43" name="Safety index (0-100, high = safe)"/>
    <alias field="top_factors" index="44" name="What drives the score most"/>
    <alias field="street_fid" index="45" name="Feature id of the place's longest input line"/>
    <alias field="source_ids" index="46" name="Feature ids of the input lines the place is made of"/>
    <alias field="attached_ids" index="47" name="Feature ids of the sidewalks and crossings attached to the place"/>
    <alias field="location" index="48" name="Where: the street and the streets at its ends"/>
    <alias field="lamps_per_km" index="49" name="Lamps in the lamp data per km of street within 200 m"/>
    <alias field="lighting_conflict" index="50" name="Lamp data incomplete here: lit_tag (tagged lit, estimated below P6) or sparse_register"/>
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
    <default expression="" applyOnUpdate="0" field="location"/>
    <default expression="" applyOnUpdate="0" field="lamps_per_km"/>
    <default expression="" applyOnUpdate="0" field="lighting_conflict"/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" field="seg_id" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="street" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="road_class" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="length_m" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="lamps_near" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="nearest_lamp_m" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="lux_avg" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="lux_min" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="lux_uniformity" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="lighting_class" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="dark_length_m" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="lighting_source" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="lit_tag" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_graffiti" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_violence" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_theft" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_drugs" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_disorder" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_fraud" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_other" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_night" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="eb_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="eb_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="cell_id" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kde_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kde_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_z_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="hotspot_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="surveillance_share" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="unwatched_m" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="isovist_area_m2" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="activity" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="bars_150m" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="nearest_bar_m" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="transit_150m" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="fast_food_150m" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="nearest_basket_m" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="youth_300m" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="vandalism_score" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="littering_score" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="visibility_score" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="safety_index" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="top_factors" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="street_fid" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="source_ids" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="attached_ids" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="location" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="lamps_per_km" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="lighting_conflict" exp_strength="0" constraints="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="seg_id" exp="" desc=""/>
    <constraint field="street" exp="" desc=""/>
    <constraint field="road_class" exp="" desc=""/>
    <constraint field="length_m" exp="" desc=""/>
    <constraint field="lamps_near" exp="" desc=""/>
    <constraint field="nearest_lamp_m" exp="" desc=""/>
    <constraint field="lux_avg" exp="" desc=""/>
    <constraint field="lux_min" exp="" desc=""/>
    <constraint field="lux_uniformity" exp="" desc=""/>
    <constraint field="lighting_class" exp="" desc=""/>
    <constraint field="dark_length_m" exp="" desc=""/>
    <constraint field="lighting_source" exp="" desc=""/>
    <constraint field="lit_tag" exp="" desc=""/>
    <constraint field="n_vandalism" exp="" desc=""/>
    <constraint field="n_graffiti" exp="" desc=""/>
    <constraint field="n_littering" exp="" desc=""/>
    <constraint field="n_violence" exp="" desc=""/>
    <constraint field="n_theft" exp="" desc=""/>
    <constraint field="n_drugs" exp="" desc=""/>
    <constraint field="n_disorder" exp="" desc=""/>
    <constraint field="n_fraud" exp="" desc=""/>
    <constraint field="n_other" exp="" desc=""/>
    <constraint field="n_night" exp="" desc=""/>
    <constraint field="eb_vandalism" exp="" desc=""/>
    <constraint field="eb_littering" exp="" desc=""/>
    <constraint field="cell_id" exp="" desc=""/>
    <constraint field="kde_vandalism" exp="" desc=""/>
    <constraint field="kde_littering" exp="" desc=""/>
    <constraint field="gi_z_vandalism" exp="" desc=""/>
    <constraint field="hotspot_vandalism" exp="" desc=""/>
    <constraint field="surveillance_share" exp="" desc=""/>
    <constraint field="unwatched_m" exp="" desc=""/>
    <constraint field="isovist_area_m2" exp="" desc=""/>
    <constraint field="activity" exp="" desc=""/>
    <constraint field="bars_150m" exp="" desc=""/>
    <constraint field="nearest_bar_m" exp="" desc=""/>
    <constraint field="transit_150m" exp="" desc=""/>
    <constraint field="fast_food_150m" exp="" desc=""/>
    <constraint field="nearest_basket_m" exp="" desc=""/>
    <constraint field="youth_300m" exp="" desc=""/>
    <constraint field="vandalism_score" exp="" desc=""/>
    <constraint field="littering_score" exp="" desc=""/>
    <constraint field="visibility_score" exp="" desc=""/>
    <constraint field="safety_index" exp="" desc=""/>
    <constraint field="top_factors" exp="" desc=""/>
    <constraint field="street_fid" exp="" desc=""/>
    <constraint field="source_ids" exp="" desc=""/>
    <constraint field="attached_ids" exp="" desc=""/>
    <constraint field="location" exp="" desc=""/>
    <constraint field="lamps_per_km" exp="" desc=""/>
    <constraint field="lighting_conflict" exp="" desc=""/>
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
