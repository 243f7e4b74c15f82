<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="0" styleCategories="AllStyleCategories" readOnly="0" hasScaleBasedVisibilityFlag="0" minScale="100000000" version="3.22.16-Białowieża" simplifyLocal="1" symbologyReferenceScale="-1" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" maxScale="0" simplifyDrawingTol="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startField="" startExpression="" mode="0" durationField="" durationUnit="min" enabled="0" limitMode="0" endField="" endExpression="" fixedDuration="0" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="graduatedSymbol" graduatedMethod="GraduatedColor" symbollevels="0" forceraster="0" referencescale="-1" enableorderby="0" attr="safety_index">
    <ranges>
      <range lower="0.000000000000000" render="true" label="0-20 least safe" upper="20.000000000000000" symbol="0"/>
      <range lower="20.000000000000000" render="true" label="20-40 less safe" upper="40.000000000000000" symbol="1"/>
      <range lower="40.000000000000000" render="true" label="40-60 middling" upper="60.000000000000000" symbol="2"/>
      <range lower="60.000000000000000" render="true" label="60-80 safer" upper="80.000000000000000" symbol="3"/>
      <range lower="80.000000000000000" render="true" label="80-100 safest" upper="100.000000000000000" symbol="4"/>
    </ranges>
    <symbols>
      <symbol force_rhr="0" type="line" alpha="1" name="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="align_dash_pattern"/>
            <Option type="QString" value="round" name="capstyle"/>
            <Option type="QString" value="5;2" name="customdash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
            <Option type="QString" value="MM" name="customdash_unit"/>
            <Option type="QString" value="0" name="dash_pattern_offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
            <Option type="QString" value="0" name="draw_inside_polygon"/>
            <Option type="QString" value="round" name="joinstyle"/>
            <Option type="QString" value="215,25,28,255" name="line_color"/>
            <Option type="QString" value="solid" name="line_style"/>
            <Option type="QString" value="0.8" name="line_width"/>
            <Option type="QString" value="MM" name="line_width_unit"/>
            <Option type="QString" value="0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0" name="ring_filter"/>
            <Option type="QString" value="0" name="trim_distance_end"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_end_unit"/>
            <Option type="QString" value="0" name="trim_distance_start"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_start_unit"/>
            <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
            <Option type="QString" value="0" name="use_custom_dash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" type="line" alpha="1" name="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="align_dash_pattern"/>
            <Option type="QString" value="round" name="capstyle"/>
            <Option type="QString" value="5;2" name="customdash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
            <Option type="QString" value="MM" name="customdash_unit"/>
            <Option type="QString" value="0" name="dash_pattern_offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
            <Option type="QString" value="0" name="draw_inside_polygon"/>
            <Option type="QString" value="round" name="joinstyle"/>
            <Option type="QString" value="253,174,97,255" name="line_color"/>
            <Option type="QString" value="solid" name="line_style"/>
            <Option type="QString" value="0.8" name="line_width"/>
            <Option type="QString" value="MM" name="line_width_unit"/>
            <Option type="QString" value="0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0" name="ring_filter"/>
            <Option type="QString" value="0" name="trim_distance_end"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_end_unit"/>
            <Option type="QString" value="0" name="trim_distance_start"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_start_unit"/>
            <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
            <Option type="QString" value="0" name="use_custom_dash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" type="line" alpha="1" name="2" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="align_dash_pattern"/>
            <Option type="QString" value="round" name="capstyle"/>
            <Option type="QString" value="5;2" name="customdash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
            <Option type="QString" value="MM" name="customdash_unit"/>
            <Option type="QString" value="0" name="dash_pattern_offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
            <Option type="QString" value="0" name="draw_inside_polygon"/>
            <Option type="QString" value="round" name="joinstyle"/>
            <Option type="QString" value="230,216,90,255" name="line_color"/>
            <Option type="QString" value="solid" name="line_style"/>
            <Option type="QString" value="0.8" name="line_width"/>
            <Option type="QString" value="MM" name="line_width_unit"/>
            <Option type="QString" value="0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0" name="ring_filter"/>
            <Option type="QString" value="0" name="trim_distance_end"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_end_unit"/>
            <Option type="QString" value="0" name="trim_distance_start"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_start_unit"/>
            <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
            <Option type="QString" value="0" name="use_custom_dash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" type="line" alpha="1" name="3" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="align_dash_pattern"/>
            <Option type="QString" value="round" name="capstyle"/>
            <Option type="QString" value="5;2" name="customdash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
            <Option type="QString" value="MM" name="customdash_unit"/>
            <Option type="QString" value="0" name="dash_pattern_offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
            <Option type="QString" value="0" name="draw_inside_polygon"/>
            <Option type="QString" value="round" name="joinstyle"/>
            <Option type="QString" value="166,217,106,255" name="line_color"/>
            <Option type="QString" value="solid" name="line_style"/>
            <Option type="QString" value="0.8" name="line_width"/>
            <Option type="QString" value="MM" name="line_width_unit"/>
            <Option type="QString" value="0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0" name="ring_filter"/>
            <Option type="QString" value="0" name="trim_distance_end"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_end_unit"/>
            <Option type="QString" value="0" name="trim_distance_start"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_start_unit"/>
            <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
            <Option type="QString" value="0" name="use_custom_dash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" type="line" alpha="1" name="4" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="align_dash_pattern"/>
            <Option type="QString" value="round" name="capstyle"/>
            <Option type="QString" value="5;2" name="customdash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
            <Option type="QString" value="MM" name="customdash_unit"/>
            <Option type="QString" value="0" name="dash_pattern_offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
            <Option type="QString" value="0" name="draw_inside_polygon"/>
            <Option type="QString" value="round" name="joinstyle"/>
            <Option type="QString" value="26,150,65,255" name="line_color"/>
            <Option type="QString" value="solid" name="line_style"/>
            <Option type="QString" value="0.8" name="line_width"/>
            <Option type="QString" value="MM" name="line_width_unit"/>
            <Option type="QString" value="0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0" name="ring_filter"/>
            <Option type="QString" value="0" name="trim_distance_end"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_end_unit"/>
            <Option type="QString" value="0" name="trim_distance_start"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_start_unit"/>
            <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
            <Option type="QString" value="0" name="use_custom_dash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
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
    <alias field="surveillance_share" index="25" name="Share of the street with a building within 20 m on a side (0-1)"/>
    <alias field="unwatched_m" index="26" name="Longest stretch without a building within 20 m (m)"/>
    <alias field="isovist_area_m2" index="27" name="Openness: mean area in view (isovist, m2)"/>
    <alias field="activity" index="28" name="Activity: points of interest within 150 m, weighted by kind"/>
    <alias field="bars_150m" index="29" name="Bars, pubs and nightclubs within 150 m"/>
    <alias field="nearest_bar_m" index="30" name="Distance to the nearest bar, pub or nightclub (m)"/>
    <alias field="transit_150m" index="31" name="Transit stops within 150 m"/>
    <alias field="fast_food_150m" index="32" name="Fast-food places and kiosks within 150 m"/>
    <alias field="nearest_basket_m" index="33" name="Distance to the nearest waste basket (m)"/>
    <alias field="youth_300m" index="34" name="Schools and youth venues within 300 m"/>
    <alias field="vandalism_score" index="35" name="Vandalism risk score (0-100, high = more risk)"/>
    <alias field="littering_score" index="36" name="Littering risk score (0-100, high = more risk)"/>
    <alias field="visibility_score" index="37" name="Visibility score (0-100, high = good)"/>
    <alias field="safety_index" index="38" name="Safety index (0-100, high = safe)"/>
    <alias field="top_factors" index="39" name="What drives the score most"/>
    <alias field="street_fid" index="40" name="Street feature id in the source"/>
  </aliases>
  <defaults>
    <default field="seg_id" applyOnUpdate="0" expression=""/>
    <default field="street" applyOnUpdate="0" expression=""/>
    <default field="road_class" applyOnUpdate="0" expression=""/>
    <default field="length_m" applyOnUpdate="0" expression=""/>
    <default field="lamps_near" applyOnUpdate="0" expression=""/>
    <default field="nearest_lamp_m" applyOnUpdate="0" expression=""/>
    <default field="lux_avg" applyOnUpdate="0" expression=""/>
    <default field="lux_min" applyOnUpdate="0" expression=""/>
    <default field="lux_uniformity" applyOnUpdate="0" expression=""/>
    <default field="lighting_class" applyOnUpdate="0" expression=""/>
    <default field="dark_length_m" applyOnUpdate="0" expression=""/>
    <default field="lighting_source" applyOnUpdate="0" expression=""/>
    <default field="lit_tag" applyOnUpdate="0" expression=""/>
    <default field="n_vandalism" applyOnUpdate="0" expression=""/>
    <default field="n_graffiti" applyOnUpdate="0" expression=""/>
    <default field="n_littering" applyOnUpdate="0" expression=""/>
    <default field="n_violence" applyOnUpdate="0" expression=""/>
    <default field="n_theft" applyOnUpdate="0" expression=""/>
    <default field="n_drugs" applyOnUpdate="0" expression=""/>
    <default field="n_disorder" applyOnUpdate="0" expression=""/>
    <default field="n_fraud" applyOnUpdate="0" expression=""/>
    <default field="n_other" applyOnUpdate="0" expression=""/>
    <default field="n_night" applyOnUpdate="0" expression=""/>
    <default field="eb_vandalism" applyOnUpdate="0" expression=""/>
    <default field="eb_littering" applyOnUpdate="0" expression=""/>
    <default field="surveillance_share" applyOnUpdate="0" expression=""/>
    <default field="unwatched_m" applyOnUpdate="0" expression=""/>
    <default field="isovist_area_m2" applyOnUpdate="0" expression=""/>
    <default field="activity" applyOnUpdate="0" expression=""/>
    <default field="bars_150m" applyOnUpdate="0" expression=""/>
    <default field="nearest_bar_m" applyOnUpdate="0" expression=""/>
    <default field="transit_150m" applyOnUpdate="0" expression=""/>
    <default field="fast_food_150m" applyOnUpdate="0" expression=""/>
    <default field="nearest_basket_m" applyOnUpdate="0" expression=""/>
    <default field="youth_300m" applyOnUpdate="0" expression=""/>
    <default field="vandalism_score" applyOnUpdate="0" expression=""/>
    <default field="littering_score" applyOnUpdate="0" expression=""/>
    <default field="visibility_score" applyOnUpdate="0" expression=""/>
    <default field="safety_index" applyOnUpdate="0" expression=""/>
    <default field="top_factors" applyOnUpdate="0" expression=""/>
    <default field="street_fid" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" field="seg_id" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="street" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="road_class" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="length_m" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="lamps_near" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="nearest_lamp_m" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="lux_avg" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="lux_min" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="lux_uniformity" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="lighting_class" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="dark_length_m" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="lighting_source" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="lit_tag" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="n_vandalism" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="n_graffiti" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="n_littering" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="n_violence" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="n_theft" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="n_drugs" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="n_disorder" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="n_fraud" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="n_other" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="n_night" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="eb_vandalism" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="eb_littering" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="surveillance_share" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="unwatched_m" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="isovist_area_m2" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="activity" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="bars_150m" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="nearest_bar_m" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="transit_150m" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="fast_food_150m" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="nearest_basket_m" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="youth_300m" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="vandalism_score" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="littering_score" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="visibility_score" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="safety_index" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="top_factors" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint exp_strength="0" field="street_fid" notnull_strength="0" constraints="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="seg_id" desc="" exp=""/>
    <constraint field="street" desc="" exp=""/>
    <constraint field="road_class" desc="" exp=""/>
    <constraint field="length_m" desc="" exp=""/>
    <constraint field="lamps_near" desc="" exp=""/>
    <constraint field="nearest_lamp_m" desc="" exp=""/>
    <constraint field="lux_avg" desc="" exp=""/>
    <constraint field="lux_min" desc="" exp=""/>
    <constraint field="lux_uniformity" desc="" exp=""/>
    <constraint field="lighting_class" desc="" exp=""/>
    <constraint field="dark_length_m" desc="" exp=""/>
    <constraint field="lighting_source" desc="" exp=""/>
    <constraint field="lit_tag" desc="" exp=""/>
    <constraint field="n_vandalism" desc="" exp=""/>
    <constraint field="n_graffiti" desc="" exp=""/>
    <constraint field="n_littering" desc="" exp=""/>
    <constraint field="n_violence" desc="" exp=""/>
    <constraint field="n_theft" desc="" exp=""/>
    <constraint field="n_drugs" desc="" exp=""/>
    <constraint field="n_disorder" desc="" exp=""/>
    <constraint field="n_fraud" desc="" exp=""/>
    <constraint field="n_other" desc="" exp=""/>
    <constraint field="n_night" desc="" exp=""/>
    <constraint field="eb_vandalism" desc="" exp=""/>
    <constraint field="eb_littering" desc="" exp=""/>
    <constraint field="surveillance_share" desc="" exp=""/>
    <constraint field="unwatched_m" desc="" exp=""/>
    <constraint field="isovist_area_m2" desc="" exp=""/>
    <constraint field="activity" desc="" exp=""/>
    <constraint field="bars_150m" desc="" exp=""/>
    <constraint field="nearest_bar_m" desc="" exp=""/>
    <constraint field="transit_150m" desc="" exp=""/>
    <constraint field="fast_food_150m" desc="" exp=""/>
    <constraint field="nearest_basket_m" desc="" exp=""/>
    <constraint field="youth_300m" desc="" exp=""/>
    <constraint field="vandalism_score" desc="" exp=""/>
    <constraint field="littering_score" desc="" exp=""/>
    <constraint field="visibility_score" desc="" exp=""/>
    <constraint field="safety_index" desc="" exp=""/>
    <constraint field="top_factors" desc="" exp=""/>
    <constraint field="street_fid" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortOrder="0" sortExpression="">
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
