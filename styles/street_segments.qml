<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" simplifyDrawingTol="1" maxScale="0" simplifyAlgorithm="0" readOnly="0" labelsEnabled="0" styleCategories="AllStyleCategories" symbologyReferenceScale="-1" simplifyLocal="1" simplifyMaxScale="1" hasScaleBasedVisibilityFlag="0" minScale="100000000" simplifyDrawingHints="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal enabled="0" durationField="" mode="0" limitMode="0" durationUnit="min" startField="" endExpression="" fixedDuration="0" accumulate="0" startExpression="" endField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="graduatedSymbol" attr="safety_index" symbollevels="0" referencescale="-1" enableorderby="0" graduatedMethod="GraduatedColor" forceraster="0">
    <ranges>
      <range render="true" upper="20.000000000000000" symbol="0" label="0-20 least safe" lower="0.000000000000000"/>
      <range render="true" upper="40.000000000000000" symbol="1" label="20-40 less safe" lower="20.000000000000000"/>
      <range render="true" upper="60.000000000000000" symbol="2" label="40-60 middling" lower="40.000000000000000"/>
      <range render="true" upper="80.000000000000000" symbol="3" label="60-80 safer" lower="60.000000000000000"/>
      <range render="true" upper="100.000000000000000" symbol="4" label="80-100 safest" lower="80.000000000000000"/>
    </ranges>
    <symbols>
      <symbol type="line" clip_to_extent="1" force_rhr="0" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleLine" pass="0">
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
      <symbol type="line" clip_to_extent="1" force_rhr="0" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleLine" pass="0">
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
      <symbol type="line" clip_to_extent="1" force_rhr="0" alpha="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleLine" pass="0">
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
      <symbol type="line" clip_to_extent="1" force_rhr="0" alpha="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleLine" pass="0">
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
      <symbol type="line" clip_to_extent="1" force_rhr="0" alpha="1" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleLine" pass="0">
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
      <symmetricMode enabled="0" symmetrypoint="0" astride="0"/>
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
    <field configurationFlags="None" name="nkde_vandalism">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="nkde_littering">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="seg_id" name="Place id"/>
    <alias index="1" field="street" name="Street name"/>
    <alias index="2" field="road_class" name="Road class (OSM highway or source class)"/>
    <alias index="3" field="length_m" name="Length (m)"/>
    <alias index="4" field="lamps_near" name="Lamps within lamp radius"/>
    <alias index="5" field="nearest_lamp_m" name="Distance to nearest lamp (m)"/>
    <alias index="6" field="lux_avg" name="Estimated average illuminance (lux)"/>
    <alias index="7" field="lux_min" name="Estimated minimum illuminance (lux)"/>
    <alias index="8" field="lux_uniformity" name="Illuminance uniformity (min / average)"/>
    <alias index="9" field="lighting_class" name="Lighting class met (EN 13201-2 P class)"/>
    <alias index="10" field="dark_length_m" name="Length darker than the dark threshold (m)"/>
    <alias index="11" field="lighting_source" name="Where the lighting figures come from"/>
    <alias index="12" field="lit_tag" name="OSM lit tag"/>
    <alias index="13" field="n_vandalism" name="Vandalism reports"/>
    <alias index="14" field="n_graffiti" name="Graffiti reports"/>
    <alias index="15" field="n_littering" name="Littering reports"/>
    <alias index="16" field="n_violence" name="Violence reports"/>
    <alias index="17" field="n_theft" name="Theft reports"/>
    <alias index="18" field="n_drugs" name="Drug reports"/>
    <alias index="19" field="n_disorder" name="Disorder reports"/>
    <alias index="20" field="n_fraud" name="Fraud reports"/>
    <alias index="21" field="n_other" name="Other reports"/>
    <alias index="22" field="n_night" name="Reports at night (18-06 local time)"/>
    <alias index="23" field="eb_vandalism" name="Vandalism and graffiti per 100 m (smoothed)"/>
    <alias index="24" field="eb_littering" name="Littering per 100 m (smoothed)"/>
    <alias index="25" field="cell_id" name="Grid cell of the place's midpoint"/>
    <alias index="26" field="kde_vandalism" name="Vandalism kernel density at the midpoint (reports per km2)"/>
    <alias index="27" field="kde_littering" name="Littering kernel density at the midpoint (reports per km2)"/>
    <alias index="28" field="gi_z_vandalism" name="Getis-Ord Gi* z of vandalism in the place's cell"/>
    <alias index="29" field="hotspot_vandalism" name="Vandalism hotspot class of the place's cell"/>
    <alias index="30" field="surveillance_share" name="Share of the street with a building within 20 m on a side (0-1)"/>
    <alias index="31" field="unwatched_m" name="Longest stretch without a building within 20 m (m)"/>
    <alias index="32" field="isovist_area_m2" name="Openness: mean area in view (isovist, m2)"/>
    <alias index="33" field="activity" name="Activity: points of interest within 150 m, weighted by kind"/>
    <alias index="34" field="bars_150m" name="Bars, pubs and nightclubs within 150 m"/>
    <alias index="35" field="nearest_bar_m" name="Distance to the nearest bar, pub or nightclub (m)"/>
    <alias index="36" field="transit_150m" name="Transit stops within 150 m"/>
    <alias index="37" field="fast_food_150m" name="Fast-food places and kiosks within 150 m"/>
    <alias index="38" field="nearest_basket_m" name="Distance to the nearest waste basket (m)"/>
    <alias index="39" field="youth_300m" name="Schools and youth venues within 300 m"/>
    <alias index="40" field="vandalism_score" name="Vandalism risk score (0-100, high = more risk)"/>
    <alias index="41" field="littering_score" name="Littering risk score (0-100, high = more risk)"/>
    <alias index="42" field="visibility_score" name="Visibility score (0-100, high = good)"/>
    <alias index="43" field="safety_index" name="Safety index (0-100, high = safe)"/>
    <alias index="44" field="top_factors" name="What drives the score most"/>
    <alias index="45" field="street_fid" name="Feature id of the place's longest input line"/>
    <alias index="46" field="source_ids" name="Feature ids of the input lines the place is made of"/>
    <alias index="47" field="attached_ids" name="Feature ids of the sidewalks and crossings attached to the place"/>
    <alias index="48" field="location" name="Where: the street and the streets at its ends"/>
    <alias index="49" field="lamps_per_km" name="Lamps in the lamp data per km of street within 200 m"/>
    <alias index="50" field="lighting_conflict" name="Lamp data incomplete here: lit_tag (tagged lit, estimated below P6) or sparse_register"/>
    <alias index="51" field="nkde_vandalism" name="Vandalism density along the street network (per km of street, 200 m)"/>
    <alias index="52" field="nkde_littering" name="Littering density along the street network (per km of street, 200 m)"/>
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
    <default expression="" field="lamps_per_km" applyOnUpdate="0"/>
    <default expression="" field="lighting_conflict" applyOnUpdate="0"/>
    <default expression="" field="nkde_vandalism" applyOnUpdate="0"/>
    <default expression="" field="nkde_littering" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="seg_id" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="street" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="road_class" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="length_m" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="lamps_near" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="nearest_lamp_m" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="lux_avg" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="lux_min" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="lux_uniformity" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="lighting_class" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="dark_length_m" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="lighting_source" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="lit_tag" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_graffiti" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_violence" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_theft" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_drugs" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_disorder" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_fraud" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_other" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_night" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="eb_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="eb_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="cell_id" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="kde_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="kde_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_z_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="hotspot_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="surveillance_share" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="unwatched_m" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="isovist_area_m2" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="activity" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="bars_150m" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="nearest_bar_m" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="transit_150m" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="fast_food_150m" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="nearest_basket_m" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="youth_300m" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="vandalism_score" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="littering_score" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="visibility_score" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="safety_index" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="top_factors" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="street_fid" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="source_ids" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="attached_ids" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="location" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="lamps_per_km" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="lighting_conflict" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="nkde_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="nkde_littering" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="seg_id"/>
    <constraint exp="" desc="" field="street"/>
    <constraint exp="" desc="" field="road_class"/>
    <constraint exp="" desc="" field="length_m"/>
    <constraint exp="" desc="" field="lamps_near"/>
    <constraint exp="" desc="" field="nearest_lamp_m"/>
    <constraint exp="" desc="" field="lux_avg"/>
    <constraint exp="" desc="" field="lux_min"/>
    <constraint exp="" desc="" field="lux_uniformity"/>
    <constraint exp="" desc="" field="lighting_class"/>
    <constraint exp="" desc="" field="dark_length_m"/>
    <constraint exp="" desc="" field="lighting_source"/>
    <constraint exp="" desc="" field="lit_tag"/>
    <constraint exp="" desc="" field="n_vandalism"/>
    <constraint exp="" desc="" field="n_graffiti"/>
    <constraint exp="" desc="" field="n_littering"/>
    <constraint exp="" desc="" field="n_violence"/>
    <constraint exp="" desc="" field="n_theft"/>
    <constraint exp="" desc="" field="n_drugs"/>
    <constraint exp="" desc="" field="n_disorder"/>
    <constraint exp="" desc="" field="n_fraud"/>
    <constraint exp="" desc="" field="n_other"/>
    <constraint exp="" desc="" field="n_night"/>
    <constraint exp="" desc="" field="eb_vandalism"/>
    <constraint exp="" desc="" field="eb_littering"/>
    <constraint exp="" desc="" field="cell_id"/>
    <constraint exp="" desc="" field="kde_vandalism"/>
    <constraint exp="" desc="" field="kde_littering"/>
    <constraint exp="" desc="" field="gi_z_vandalism"/>
    <constraint exp="" desc="" field="hotspot_vandalism"/>
    <constraint exp="" desc="" field="surveillance_share"/>
    <constraint exp="" desc="" field="unwatched_m"/>
    <constraint exp="" desc="" field="isovist_area_m2"/>
    <constraint exp="" desc="" field="activity"/>
    <constraint exp="" desc="" field="bars_150m"/>
    <constraint exp="" desc="" field="nearest_bar_m"/>
    <constraint exp="" desc="" field="transit_150m"/>
    <constraint exp="" desc="" field="fast_food_150m"/>
    <constraint exp="" desc="" field="nearest_basket_m"/>
    <constraint exp="" desc="" field="youth_300m"/>
    <constraint exp="" desc="" field="vandalism_score"/>
    <constraint exp="" desc="" field="littering_score"/>
    <constraint exp="" desc="" field="visibility_score"/>
    <constraint exp="" desc="" field="safety_index"/>
    <constraint exp="" desc="" field="top_factors"/>
    <constraint exp="" desc="" field="street_fid"/>
    <constraint exp="" desc="" field="source_ids"/>
    <constraint exp="" desc="" field="attached_ids"/>
    <constraint exp="" desc="" field="location"/>
    <constraint exp="" desc="" field="lamps_per_km"/>
    <constraint exp="" desc="" field="lighting_conflict"/>
    <constraint exp="" desc="" field="nkde_vandalism"/>
    <constraint exp="" desc="" field="nkde_littering"/>
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
