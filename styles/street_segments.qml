<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" styleCategories="AllStyleCategories" version="3.22.16-Białowieża" maxScale="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" simplifyAlgorithm="0" simplifyLocal="1" simplifyDrawingHints="1" labelsEnabled="0" readOnly="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startExpression="" mode="0" endExpression="" fixedDuration="0" endField="" durationUnit="min" accumulate="0" limitMode="0" durationField="" enabled="0" startField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 attr="safety_index" graduatedMethod="GraduatedColor" symbollevels="0" forceraster="0" enableorderby="0" type="graduatedSymbol" referencescale="-1">
    <ranges>
      <range render="true" upper="20.000000000000000" label="0-20 least safe" symbol="0" lower="0.000000000000000"/>
      <range render="true" upper="40.000000000000000" label="20-40 less safe" symbol="1" lower="20.000000000000000"/>
      <range render="true" upper="60.000000000000000" label="40-60 middling" symbol="2" lower="40.000000000000000"/>
      <range render="true" upper="80.000000000000000" label="60-80 safer" symbol="3" lower="60.000000000000000"/>
      <range render="true" upper="100.000000000000000" label="80-100 safest" symbol="4" lower="80.000000000000000"/>
    </ranges>
    <symbols>
      <symbol alpha="1" type="line" force_rhr="0" name="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option value="0" type="QString" name="align_dash_pattern"/>
            <Option value="round" type="QString" name="capstyle"/>
            <Option value="5;2" type="QString" name="customdash"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="customdash_map_unit_scale"/>
            <Option value="MM" type="QString" name="customdash_unit"/>
            <Option value="0" type="QString" name="dash_pattern_offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="dash_pattern_offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="dash_pattern_offset_unit"/>
            <Option value="0" type="QString" name="draw_inside_polygon"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="215,25,28,255" type="QString" name="line_color"/>
            <Option value="solid" type="QString" name="line_style"/>
            <Option value="0.8" type="QString" name="line_width"/>
            <Option value="MM" type="QString" name="line_width_unit"/>
            <Option value="0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="0" type="QString" name="ring_filter"/>
            <Option value="0" type="QString" name="trim_distance_end"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_end_map_unit_scale"/>
            <Option value="MM" type="QString" name="trim_distance_end_unit"/>
            <Option value="0" type="QString" name="trim_distance_start"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_start_map_unit_scale"/>
            <Option value="MM" type="QString" name="trim_distance_start_unit"/>
            <Option value="0" type="QString" name="tweak_dash_pattern_on_corners"/>
            <Option value="0" type="QString" name="use_custom_dash"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="width_map_unit_scale"/>
          </Option>
          <prop v="0" k="align_dash_pattern"/>
          <prop v="round" k="capstyle"/>
          <prop v="5;2" k="customdash"/>
          <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="dash_pattern_offset"/>
          <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
          <prop v="MM" k="dash_pattern_offset_unit"/>
          <prop v="0" k="draw_inside_polygon"/>
          <prop v="round" k="joinstyle"/>
          <prop v="215,25,28,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.8" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="0" k="ring_filter"/>
          <prop v="0" k="trim_distance_end"/>
          <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
          <prop v="MM" k="trim_distance_end_unit"/>
          <prop v="0" k="trim_distance_start"/>
          <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
          <prop v="MM" k="trim_distance_start_unit"/>
          <prop v="0" k="tweak_dash_pattern_on_corners"/>
          <prop v="0" k="use_custom_dash"/>
          <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" type="line" force_rhr="0" name="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option value="0" type="QString" name="align_dash_pattern"/>
            <Option value="round" type="QString" name="capstyle"/>
            <Option value="5;2" type="QString" name="customdash"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="customdash_map_unit_scale"/>
            <Option value="MM" type="QString" name="customdash_unit"/>
            <Option value="0" type="QString" name="dash_pattern_offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="dash_pattern_offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="dash_pattern_offset_unit"/>
            <Option value="0" type="QString" name="draw_inside_polygon"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="253,174,97,255" type="QString" name="line_color"/>
            <Option value="solid" type="QString" name="line_style"/>
            <Option value="0.8" type="QString" name="line_width"/>
            <Option value="MM" type="QString" name="line_width_unit"/>
            <Option value="0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="0" type="QString" name="ring_filter"/>
            <Option value="0" type="QString" name="trim_distance_end"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_end_map_unit_scale"/>
            <Option value="MM" type="QString" name="trim_distance_end_unit"/>
            <Option value="0" type="QString" name="trim_distance_start"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_start_map_unit_scale"/>
            <Option value="MM" type="QString" name="trim_distance_start_unit"/>
            <Option value="0" type="QString" name="tweak_dash_pattern_on_corners"/>
            <Option value="0" type="QString" name="use_custom_dash"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="width_map_unit_scale"/>
          </Option>
          <prop v="0" k="align_dash_pattern"/>
          <prop v="round" k="capstyle"/>
          <prop v="5;2" k="customdash"/>
          <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="dash_pattern_offset"/>
          <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
          <prop v="MM" k="dash_pattern_offset_unit"/>
          <prop v="0" k="draw_inside_polygon"/>
          <prop v="round" k="joinstyle"/>
          <prop v="253,174,97,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.8" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="0" k="ring_filter"/>
          <prop v="0" k="trim_distance_end"/>
          <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
          <prop v="MM" k="trim_distance_end_unit"/>
          <prop v="0" k="trim_distance_start"/>
          <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
          <prop v="MM" k="trim_distance_start_unit"/>
          <prop v="0" k="tweak_dash_pattern_on_corners"/>
          <prop v="0" k="use_custom_dash"/>
          <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" type="line" force_rhr="0" name="2" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option value="0" type="QString" name="align_dash_pattern"/>
            <Option value="round" type="QString" name="capstyle"/>
            <Option value="5;2" type="QString" name="customdash"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="customdash_map_unit_scale"/>
            <Option value="MM" type="QString" name="customdash_unit"/>
            <Option value="0" type="QString" name="dash_pattern_offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="dash_pattern_offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="dash_pattern_offset_unit"/>
            <Option value="0" type="QString" name="draw_inside_polygon"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="230,216,90,255" type="QString" name="line_color"/>
            <Option value="solid" type="QString" name="line_style"/>
            <Option value="0.8" type="QString" name="line_width"/>
            <Option value="MM" type="QString" name="line_width_unit"/>
            <Option value="0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="0" type="QString" name="ring_filter"/>
            <Option value="0" type="QString" name="trim_distance_end"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_end_map_unit_scale"/>
            <Option value="MM" type="QString" name="trim_distance_end_unit"/>
            <Option value="0" type="QString" name="trim_distance_start"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_start_map_unit_scale"/>
            <Option value="MM" type="QString" name="trim_distance_start_unit"/>
            <Option value="0" type="QString" name="tweak_dash_pattern_on_corners"/>
            <Option value="0" type="QString" name="use_custom_dash"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="width_map_unit_scale"/>
          </Option>
          <prop v="0" k="align_dash_pattern"/>
          <prop v="round" k="capstyle"/>
          <prop v="5;2" k="customdash"/>
          <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="dash_pattern_offset"/>
          <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
          <prop v="MM" k="dash_pattern_offset_unit"/>
          <prop v="0" k="draw_inside_polygon"/>
          <prop v="round" k="joinstyle"/>
          <prop v="230,216,90,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.8" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="0" k="ring_filter"/>
          <prop v="0" k="trim_distance_end"/>
          <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
          <prop v="MM" k="trim_distance_end_unit"/>
          <prop v="0" k="trim_distance_start"/>
          <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
          <prop v="MM" k="trim_distance_start_unit"/>
          <prop v="0" k="tweak_dash_pattern_on_corners"/>
          <prop v="0" k="use_custom_dash"/>
          <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" type="line" force_rhr="0" name="3" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option value="0" type="QString" name="align_dash_pattern"/>
            <Option value="round" type="QString" name="capstyle"/>
            <Option value="5;2" type="QString" name="customdash"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="customdash_map_unit_scale"/>
            <Option value="MM" type="QString" name="customdash_unit"/>
            <Option value="0" type="QString" name="dash_pattern_offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="dash_pattern_offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="dash_pattern_offset_unit"/>
            <Option value="0" type="QString" name="draw_inside_polygon"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="166,217,106,255" type="QString" name="line_color"/>
            <Option value="solid" type="QString" name="line_style"/>
            <Option value="0.8" type="QString" name="line_width"/>
            <Option value="MM" type="QString" name="line_width_unit"/>
            <Option value="0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="0" type="QString" name="ring_filter"/>
            <Option value="0" type="QString" name="trim_distance_end"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_end_map_unit_scale"/>
            <Option value="MM" type="QString" name="trim_distance_end_unit"/>
            <Option value="0" type="QString" name="trim_distance_start"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_start_map_unit_scale"/>
            <Option value="MM" type="QString" name="trim_distance_start_unit"/>
            <Option value="0" type="QString" name="tweak_dash_pattern_on_corners"/>
            <Option value="0" type="QString" name="use_custom_dash"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="width_map_unit_scale"/>
          </Option>
          <prop v="0" k="align_dash_pattern"/>
          <prop v="round" k="capstyle"/>
          <prop v="5;2" k="customdash"/>
          <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="dash_pattern_offset"/>
          <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
          <prop v="MM" k="dash_pattern_offset_unit"/>
          <prop v="0" k="draw_inside_polygon"/>
          <prop v="round" k="joinstyle"/>
          <prop v="166,217,106,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.8" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="0" k="ring_filter"/>
          <prop v="0" k="trim_distance_end"/>
          <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
          <prop v="MM" k="trim_distance_end_unit"/>
          <prop v="0" k="trim_distance_start"/>
          <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
          <prop v="MM" k="trim_distance_start_unit"/>
          <prop v="0" k="tweak_dash_pattern_on_corners"/>
          <prop v="0" k="use_custom_dash"/>
          <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" type="line" force_rhr="0" name="4" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option value="0" type="QString" name="align_dash_pattern"/>
            <Option value="round" type="QString" name="capstyle"/>
            <Option value="5;2" type="QString" name="customdash"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="customdash_map_unit_scale"/>
            <Option value="MM" type="QString" name="customdash_unit"/>
            <Option value="0" type="QString" name="dash_pattern_offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="dash_pattern_offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="dash_pattern_offset_unit"/>
            <Option value="0" type="QString" name="draw_inside_polygon"/>
            <Option value="round" type="QString" name="joinstyle"/>
            <Option value="26,150,65,255" type="QString" name="line_color"/>
            <Option value="solid" type="QString" name="line_style"/>
            <Option value="0.8" type="QString" name="line_width"/>
            <Option value="MM" type="QString" name="line_width_unit"/>
            <Option value="0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="0" type="QString" name="ring_filter"/>
            <Option value="0" type="QString" name="trim_distance_end"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_end_map_unit_scale"/>
            <Option value="MM" type="QString" name="trim_distance_end_unit"/>
            <Option value="0" type="QString" name="trim_distance_start"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_start_map_unit_scale"/>
            <Option value="MM" type="QString" name="trim_distance_start_unit"/>
            <Option value="0" type="QString" name="tweak_dash_pattern_on_corners"/>
            <Option value="0" type="QString" name="use_custom_dash"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="width_map_unit_scale"/>
          </Option>
          <prop v="0" k="align_dash_pattern"/>
          <prop v="round" k="capstyle"/>
          <prop v="5;2" k="customdash"/>
          <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="dash_pattern_offset"/>
          <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
          <prop v="MM" k="dash_pattern_offset_unit"/>
          <prop v="0" k="draw_inside_polygon"/>
          <prop v="round" k="joinstyle"/>
          <prop v="26,150,65,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.8" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="0" k="ring_filter"/>
          <prop v="0" k="trim_distance_end"/>
          <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
          <prop v="MM" k="trim_distance_end_unit"/>
          <prop v="0" k="trim_distance_start"/>
          <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
          <prop v="MM" k="trim_distance_start_unit"/>
          <prop v="0" k="tweak_dash_pattern_on_corners"/>
          <prop v="0" k="use_custom_dash"/>
          <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <classificationMethod id="Custom">
      <symmetricMode astride="0" symmetrypoint="0" enabled="0"/>
      <labelFormat trimtrailingzeroes="1" labelprecision="4" format="%1 - %2"/>
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
    <alias field="nkde_vandalism" index="51" name="Vandalism density along the street network (per km of street, 200 m)"/>
    <alias field="nkde_littering" index="52" name="Littering density along the street network (per km of street, 200 m)"/>
  </aliases>
  <defaults>
    <default field="seg_id" expression="" applyOnUpdate="0"/>
    <default field="street" expression="" applyOnUpdate="0"/>
    <default field="road_class" expression="" applyOnUpdate="0"/>
    <default field="length_m" expression="" applyOnUpdate="0"/>
    <default field="lamps_near" expression="" applyOnUpdate="0"/>
    <default field="nearest_lamp_m" expression="" applyOnUpdate="0"/>
    <default field="lux_avg" expression="" applyOnUpdate="0"/>
    <default field="lux_min" expression="" applyOnUpdate="0"/>
    <default field="lux_uniformity" expression="" applyOnUpdate="0"/>
    <default field="lighting_class" expression="" applyOnUpdate="0"/>
    <default field="dark_length_m" expression="" applyOnUpdate="0"/>
    <default field="lighting_source" expression="" applyOnUpdate="0"/>
    <default field="lit_tag" expression="" applyOnUpdate="0"/>
    <default field="n_vandalism" expression="" applyOnUpdate="0"/>
    <default field="n_graffiti" expression="" applyOnUpdate="0"/>
    <default field="n_littering" expression="" applyOnUpdate="0"/>
    <default field="n_violence" expression="" applyOnUpdate="0"/>
    <default field="n_theft" expression="" applyOnUpdate="0"/>
    <default field="n_drugs" expression="" applyOnUpdate="0"/>
    <default field="n_disorder" expression="" applyOnUpdate="0"/>
    <default field="n_fraud" expression="" applyOnUpdate="0"/>
    <default field="n_other" expression="" applyOnUpdate="0"/>
    <default field="n_night" expression="" applyOnUpdate="0"/>
    <default field="eb_vandalism" expression="" applyOnUpdate="0"/>
    <default field="eb_littering" expression="" applyOnUpdate="0"/>
    <default field="cell_id" expression="" applyOnUpdate="0"/>
    <default field="kde_vandalism" expression="" applyOnUpdate="0"/>
    <default field="kde_littering" expression="" applyOnUpdate="0"/>
    <default field="gi_z_vandalism" expression="" applyOnUpdate="0"/>
    <default field="hotspot_vandalism" expression="" applyOnUpdate="0"/>
    <default field="surveillance_share" expression="" applyOnUpdate="0"/>
    <default field="unwatched_m" expression="" applyOnUpdate="0"/>
    <default field="isovist_area_m2" expression="" applyOnUpdate="0"/>
    <default field="activity" expression="" applyOnUpdate="0"/>
    <default field="bars_150m" expression="" applyOnUpdate="0"/>
    <default field="nearest_bar_m" expression="" applyOnUpdate="0"/>
    <default field="transit_150m" expression="" applyOnUpdate="0"/>
    <default field="fast_food_150m" expression="" applyOnUpdate="0"/>
    <default field="nearest_basket_m" expression="" applyOnUpdate="0"/>
    <default field="youth_300m" expression="" applyOnUpdate="0"/>
    <default field="vandalism_score" expression="" applyOnUpdate="0"/>
    <default field="littering_score" expression="" applyOnUpdate="0"/>
    <default field="visibility_score" expression="" applyOnUpdate="0"/>
    <default field="safety_index" expression="" applyOnUpdate="0"/>
    <default field="top_factors" expression="" applyOnUpdate="0"/>
    <default field="street_fid" expression="" applyOnUpdate="0"/>
    <default field="source_ids" expression="" applyOnUpdate="0"/>
    <default field="attached_ids" expression="" applyOnUpdate="0"/>
    <default field="location" expression="" applyOnUpdate="0"/>
    <default field="lamps_per_km" expression="" applyOnUpdate="0"/>
    <default field="lighting_conflict" expression="" applyOnUpdate="0"/>
    <default field="nkde_vandalism" expression="" applyOnUpdate="0"/>
    <default field="nkde_littering" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="seg_id" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="street" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="road_class" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="length_m" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lamps_near" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nearest_lamp_m" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lux_avg" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lux_min" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lux_uniformity" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lighting_class" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="dark_length_m" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lighting_source" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lit_tag" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="n_vandalism" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="n_graffiti" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="n_littering" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="n_violence" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="n_theft" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="n_drugs" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="n_disorder" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="n_fraud" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="n_other" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="n_night" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="eb_vandalism" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="eb_littering" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cell_id" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="kde_vandalism" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="kde_littering" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="gi_z_vandalism" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="hotspot_vandalism" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="surveillance_share" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unwatched_m" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="isovist_area_m2" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="activity" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="bars_150m" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nearest_bar_m" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="transit_150m" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="fast_food_150m" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nearest_basket_m" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="youth_300m" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="vandalism_score" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="littering_score" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="visibility_score" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="safety_index" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="top_factors" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="street_fid" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="source_ids" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="attached_ids" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="location" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lamps_per_km" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lighting_conflict" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nkde_vandalism" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="nkde_littering" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="seg_id" desc=""/>
    <constraint exp="" field="street" desc=""/>
    <constraint exp="" field="road_class" desc=""/>
    <constraint exp="" field="length_m" desc=""/>
    <constraint exp="" field="lamps_near" desc=""/>
    <constraint exp="" field="nearest_lamp_m" desc=""/>
    <constraint exp="" field="lux_avg" desc=""/>
    <constraint exp="" field="lux_min" desc=""/>
    <constraint exp="" field="lux_uniformity" desc=""/>
    <constraint exp="" field="lighting_class" desc=""/>
    <constraint exp="" field="dark_length_m" desc=""/>
    <constraint exp="" field="lighting_source" desc=""/>
    <constraint exp="" field="lit_tag" desc=""/>
    <constraint exp="" field="n_vandalism" desc=""/>
    <constraint exp="" field="n_graffiti" desc=""/>
    <constraint exp="" field="n_littering" desc=""/>
    <constraint exp="" field="n_violence" desc=""/>
    <constraint exp="" field="n_theft" desc=""/>
    <constraint exp="" field="n_drugs" desc=""/>
    <constraint exp="" field="n_disorder" desc=""/>
    <constraint exp="" field="n_fraud" desc=""/>
    <constraint exp="" field="n_other" desc=""/>
    <constraint exp="" field="n_night" desc=""/>
    <constraint exp="" field="eb_vandalism" desc=""/>
    <constraint exp="" field="eb_littering" desc=""/>
    <constraint exp="" field="cell_id" desc=""/>
    <constraint exp="" field="kde_vandalism" desc=""/>
    <constraint exp="" field="kde_littering" desc=""/>
    <constraint exp="" field="gi_z_vandalism" desc=""/>
    <constraint exp="" field="hotspot_vandalism" desc=""/>
    <constraint exp="" field="surveillance_share" desc=""/>
    <constraint exp="" field="unwatched_m" desc=""/>
    <constraint exp="" field="isovist_area_m2" desc=""/>
    <constraint exp="" field="activity" desc=""/>
    <constraint exp="" field="bars_150m" desc=""/>
    <constraint exp="" field="nearest_bar_m" desc=""/>
    <constraint exp="" field="transit_150m" desc=""/>
    <constraint exp="" field="fast_food_150m" desc=""/>
    <constraint exp="" field="nearest_basket_m" desc=""/>
    <constraint exp="" field="youth_300m" desc=""/>
    <constraint exp="" field="vandalism_score" desc=""/>
    <constraint exp="" field="littering_score" desc=""/>
    <constraint exp="" field="visibility_score" desc=""/>
    <constraint exp="" field="safety_index" desc=""/>
    <constraint exp="" field="top_factors" desc=""/>
    <constraint exp="" field="street_fid" desc=""/>
    <constraint exp="" field="source_ids" desc=""/>
    <constraint exp="" field="attached_ids" desc=""/>
    <constraint exp="" field="location" desc=""/>
    <constraint exp="" field="lamps_per_km" desc=""/>
    <constraint exp="" field="lighting_conflict" desc=""/>
    <constraint exp="" field="nkde_vandalism" desc=""/>
    <constraint exp="" field="nkde_littering" desc=""/>
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
