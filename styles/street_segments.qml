<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis readOnly="0" hasScaleBasedVisibilityFlag="0" minScale="100000000" simplifyDrawingHints="1" labelsEnabled="0" simplifyAlgorithm="0" simplifyDrawingTol="1" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" maxScale="0" simplifyLocal="1" simplifyMaxScale="1" symbologyReferenceScale="-1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal enabled="0" accumulate="0" startField="" durationUnit="min" endExpression="" limitMode="0" mode="0" endField="" startExpression="" fixedDuration="0" durationField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 graduatedMethod="GraduatedColor" forceraster="0" symbollevels="0" type="graduatedSymbol" referencescale="-1" enableorderby="0" attr="safety_index">
    <ranges>
      <range render="true" lower="0.000000000000000" upper="20.000000000000000" symbol="0" label="0-20 least safe"/>
      <range render="true" lower="20.000000000000000" upper="40.000000000000000" symbol="1" label="20-40 less safe"/>
      <range render="true" lower="40.000000000000000" upper="60.000000000000000" symbol="2" label="40-60 middling"/>
      <range render="true" lower="60.000000000000000" upper="80.000000000000000" symbol="3" label="60-80 safer"/>
      <range render="true" lower="80.000000000000000" upper="100.000000000000000" symbol="4" label="80-100 safest"/>
    </ranges>
    <symbols>
      <symbol alpha="1" force_rhr="0" name="0" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleLine">
          <Option type="Map">
            <Option value="0" name="align_dash_pattern" type="QString"/>
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="dash_pattern_offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="dash_pattern_offset_unit" type="QString"/>
            <Option value="0" name="draw_inside_polygon" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="215,25,28,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.8" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="0" name="ring_filter" type="QString"/>
            <Option value="0" name="trim_distance_end" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_end_unit" type="QString"/>
            <Option value="0" name="trim_distance_start" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_start_unit" type="QString"/>
            <Option value="0" name="tweak_dash_pattern_on_corners" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="width_map_unit_scale" type="QString"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="1" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleLine">
          <Option type="Map">
            <Option value="0" name="align_dash_pattern" type="QString"/>
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="dash_pattern_offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="dash_pattern_offset_unit" type="QString"/>
            <Option value="0" name="draw_inside_polygon" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="253,174,97,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.8" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="0" name="ring_filter" type="QString"/>
            <Option value="0" name="trim_distance_end" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_end_unit" type="QString"/>
            <Option value="0" name="trim_distance_start" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_start_unit" type="QString"/>
            <Option value="0" name="tweak_dash_pattern_on_corners" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="width_map_unit_scale" type="QString"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="2" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleLine">
          <Option type="Map">
            <Option value="0" name="align_dash_pattern" type="QString"/>
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="dash_pattern_offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="dash_pattern_offset_unit" type="QString"/>
            <Option value="0" name="draw_inside_polygon" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="230,216,90,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.8" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="0" name="ring_filter" type="QString"/>
            <Option value="0" name="trim_distance_end" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_end_unit" type="QString"/>
            <Option value="0" name="trim_distance_start" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_start_unit" type="QString"/>
            <Option value="0" name="tweak_dash_pattern_on_corners" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="width_map_unit_scale" type="QString"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="3" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleLine">
          <Option type="Map">
            <Option value="0" name="align_dash_pattern" type="QString"/>
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="dash_pattern_offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="dash_pattern_offset_unit" type="QString"/>
            <Option value="0" name="draw_inside_polygon" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="166,217,106,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.8" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="0" name="ring_filter" type="QString"/>
            <Option value="0" name="trim_distance_end" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_end_unit" type="QString"/>
            <Option value="0" name="trim_distance_start" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_start_unit" type="QString"/>
            <Option value="0" name="tweak_dash_pattern_on_corners" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="width_map_unit_scale" type="QString"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="4" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleLine">
          <Option type="Map">
            <Option value="0" name="align_dash_pattern" type="QString"/>
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="dash_pattern_offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="dash_pattern_offset_unit" type="QString"/>
            <Option value="0" name="draw_inside_polygon" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="26,150,65,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.8" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="0" name="ring_filter" type="QString"/>
            <Option value="0" name="trim_distance_end" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_end_unit" type="QString"/>
            <Option value="0" name="trim_distance_start" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_start_unit" type="QString"/>
            <Option value="0" name="tweak_dash_pattern_on_corners" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="width_map_unit_scale" type="QString"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
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
    <field name="lamps_per_km" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="lighting_conflict" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nkde_vandalism" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nkde_littering" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="seg_id" name="Place id" index="0"/>
    <alias field="street" name="Street name" index="1"/>
    <alias field="road_class" name="Road class (OSM highway or source class)" index="2"/>
    <alias field="length_m" name="Length (m)" index="3"/>
    <alias field="lamps_near" name="Lamps within lamp radius" index="4"/>
    <alias field="nearest_lamp_m" name="Distance to nearest lamp (m)" index="5"/>
    <alias field="lux_avg" name="Estimated average illuminance (lux)" index="6"/>
    <alias field="lux_min" name="Estimated minimum illuminance (lux)" index="7"/>
    <alias field="lux_uniformity" name="Illuminance uniformity (min / average)" index="8"/>
    <alias field="lighting_class" name="Lighting class met (EN 13201-2 P class)" index="9"/>
    <alias field="dark_length_m" name="Length darker than the dark threshold (m)" index="10"/>
    <alias field="lighting_source" name="Where the lighting figures come from" index="11"/>
    <alias field="lit_tag" name="OSM lit tag" index="12"/>
    <alias field="n_vandalism" name="Vandalism reports" index="13"/>
    <alias field="n_graffiti" name="Graffiti reports" index="14"/>
    <alias field="n_littering" name="Littering reports" index="15"/>
    <alias field="n_violence" name="Violence reports" index="16"/>
    <alias field="n_theft" name="Theft reports" index="17"/>
    <alias field="n_drugs" name="Drug reports" index="18"/>
    <alias field="n_disorder" name="Disorder reports" index="19"/>
    <alias field="n_fraud" name="Fraud reports" index="20"/>
    <alias field="n_other" name="Other reports" index="21"/>
    <alias field="n_night" name="Reports at night (18-06 local time)" index="22"/>
    <alias field="eb_vandalism" name="Vandalism and graffiti per 100 m (smoothed)" index="23"/>
    <alias field="eb_littering" name="Littering per 100 m (smoothed)" index="24"/>
    <alias field="cell_id" name="Grid cell of the place's midpoint" index="25"/>
    <alias field="kde_vandalism" name="Vandalism kernel density at the midpoint (reports per km2)" index="26"/>
    <alias field="kde_littering" name="Littering kernel density at the midpoint (reports per km2)" index="27"/>
    <alias field="gi_z_vandalism" name="Getis-Ord Gi* z of vandalism in the place's cell" index="28"/>
    <alias field="hotspot_vandalism" name="Vandalism hotspot class of the place's cell" index="29"/>
    <alias field="surveillance_share" name="Share of the street with a building within 20 m on a side (0-1)" index="30"/>
    <alias field="unwatched_m" name="Longest stretch without a building within 20 m (m)" index="31"/>
    <alias field="isovist_area_m2" name="Openness: mean area in view (isovist, m2)" index="32"/>
    <alias field="activity" name="Activity: points of interest within 150 m, weighted by kind" index="33"/>
    <alias field="bars_150m" name="Bars, pubs and nightclubs within 150 m" index="34"/>
    <alias field="nearest_bar_m" name="Distance to the nearest bar, pub or nightclub (m)" index="35"/>
    <alias field="transit_150m" name="Transit stops within 150 m" index="36"/>
    <alias field="fast_food_150m" name="Fast-food places and kiosks within 150 m" index="37"/>
    <alias field="nearest_basket_m" name="Distance to the nearest waste basket (m)" index="38"/>
    <alias field="youth_300m" name="Schools and youth venues within 300 m" index="39"/>
    <alias field="vandalism_score" name="Vandalism risk score (0-100, high = more risk)" index="40"/>
    <alias field="littering_score" name="Littering risk score (0-100, high = more risk)" index="41"/>
    <alias field="visibility_score" name="Visibility score (0-100, high = good)" index="42"/>
    <alias field="safety_index" name="Safety index (0-100, high = safe)" index="43"/>
    <alias field="top_factors" name="What drives the score most" index="44"/>
    <alias field="street_fid" name="Feature id of the place's longest input line" index="45"/>
    <alias field="source_ids" name="Feature ids of the input lines the place is made of" index="46"/>
    <alias field="attached_ids" name="Feature ids of the sidewalks and crossings attached to the place" index="47"/>
    <alias field="location" name="Where: the street and the streets at its ends" index="48"/>
    <alias field="lamps_per_km" name="Lamps in the lamp data per km of street within 200 m" index="49"/>
    <alias field="lighting_conflict" name="Lamp data incomplete here: lit_tag (tagged lit, estimated below P6) or sparse_register" index="50"/>
    <alias field="nkde_vandalism" name="Vandalism density along the street network (per km of street, 200 m)" index="51"/>
    <alias field="nkde_littering" name="Littering density along the street network (per km of street, 200 m)" index="52"/>
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
    <default applyOnUpdate="0" field="source_ids" expression=""/>
    <default applyOnUpdate="0" field="attached_ids" expression=""/>
    <default applyOnUpdate="0" field="location" expression=""/>
    <default applyOnUpdate="0" field="lamps_per_km" expression=""/>
    <default applyOnUpdate="0" field="lighting_conflict" expression=""/>
    <default applyOnUpdate="0" field="nkde_vandalism" expression=""/>
    <default applyOnUpdate="0" field="nkde_littering" expression=""/>
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
    <constraint notnull_strength="0" field="nkde_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="nkde_littering" exp_strength="0" constraints="0" unique_strength="0"/>
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
    <constraint field="cell_id" desc="" exp=""/>
    <constraint field="kde_vandalism" desc="" exp=""/>
    <constraint field="kde_littering" desc="" exp=""/>
    <constraint field="gi_z_vandalism" desc="" exp=""/>
    <constraint field="hotspot_vandalism" desc="" exp=""/>
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
    <constraint field="source_ids" desc="" exp=""/>
    <constraint field="attached_ids" desc="" exp=""/>
    <constraint field="location" desc="" exp=""/>
    <constraint field="lamps_per_km" desc="" exp=""/>
    <constraint field="lighting_conflict" desc="" exp=""/>
    <constraint field="nkde_vandalism" desc="" exp=""/>
    <constraint field="nkde_littering" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
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
