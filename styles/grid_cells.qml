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
  <renderer-v2 forceraster="0" symbollevels="0" type="categorizedSymbol" referencescale="-1" enableorderby="0" attr="hotspot_vandalism">
    <categories>
      <category render="true" value="hot 99 %" symbol="0" label="Vandalism hot spot, 99 % confidence"/>
      <category render="true" value="hot 95 %" symbol="1" label="Vandalism hot spot, 95 % confidence"/>
      <category render="true" value="hot 90 %" symbol="2" label="Vandalism hot spot, 90 % confidence"/>
      <category render="true" value="not significant" symbol="3" label="No significant cluster"/>
      <category render="true" value="cold 90 %" symbol="4" label="Vandalism cold spot, 90 % confidence"/>
      <category render="true" value="cold 95 %" symbol="5" label="Vandalism cold spot, 95 % confidence"/>
      <category render="true" value="cold 99 %" symbol="6" label="Vandalism cold spot, 99 % confidence"/>
      <category render="true" value="" symbol="7" label="No vandalism reports in the study area"/>
    </categories>
    <symbols>
      <symbol alpha="1" force_rhr="0" name="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="178,24,43,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="178,24,43,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.1" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="1" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="239,138,98,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="239,138,98,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.1" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="2" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="253,219,199,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="253,219,199,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.1" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="3" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="224,224,224,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="224,224,224,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.1" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="4" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="209,229,240,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="209,229,240,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.1" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="5" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="103,169,207,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="103,169,207,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.1" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="6" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="33,102,172,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="33,102,172,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.1" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="7" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="0,0,0,0" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="189,189,189,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="0,0,0,0" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="189,189,189,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.1" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
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
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>0.7</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="cell_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="area_km2" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_places" configurationFlags="None">
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
    <field name="kde_vandalism" configurationFlags="None">
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
    <field name="gi_p_vandalism" configurationFlags="None">
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
    <field name="trend_vandalism" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change_vandalism" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_p_vandalism" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="emerging_vandalism" configurationFlags="None">
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
    <field name="kde_graffiti" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_z_graffiti" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_p_graffiti" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="hotspot_graffiti" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_graffiti" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change_graffiti" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_p_graffiti" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="emerging_graffiti" configurationFlags="None">
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
    <field name="kde_littering" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_z_littering" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_p_littering" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="hotspot_littering" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_littering" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change_littering" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_p_littering" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="emerging_littering" configurationFlags="None">
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
    <field name="kde_violence" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_z_violence" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_p_violence" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="hotspot_violence" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_violence" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change_violence" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_p_violence" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="emerging_violence" configurationFlags="None">
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
    <field name="kde_theft" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_z_theft" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_p_theft" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="hotspot_theft" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_theft" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change_theft" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_p_theft" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="emerging_theft" configurationFlags="None">
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
    <field name="kde_drugs" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_z_drugs" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_p_drugs" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="hotspot_drugs" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_drugs" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change_drugs" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_p_drugs" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="emerging_drugs" configurationFlags="None">
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
    <field name="kde_disorder" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_z_disorder" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_p_disorder" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="hotspot_disorder" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_disorder" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change_disorder" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_p_disorder" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="emerging_disorder" configurationFlags="None">
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
    <field name="kde_fraud" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_z_fraud" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_p_fraud" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="hotspot_fraud" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_fraud" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change_fraud" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_p_fraud" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="emerging_fraud" configurationFlags="None">
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
    <field name="kde_other" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_z_other" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gi_p_other" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="hotspot_other" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_other" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change_other" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="trend_p_other" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="emerging_other" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="mean_vandalism_score" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="mean_littering_score" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="mean_visibility_score" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="mean_safety_index" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="cell_id" name="Cell id" index="0"/>
    <alias field="area_km2" name="Cell area (km2)" index="1"/>
    <alias field="n_places" name="Places with their midpoint in the cell" index="2"/>
    <alias field="n_vandalism" name="Vandalism reports" index="3"/>
    <alias field="kde_vandalism" name="Vandalism: kernel density (reports per km2)" index="4"/>
    <alias field="gi_z_vandalism" name="Vandalism: Getis-Ord Gi* z-score (high = cluster of reports)" index="5"/>
    <alias field="gi_p_vandalism" name="Vandalism: Gi* p-value (conditional permutation null)" index="6"/>
    <alias field="hotspot_vandalism" name="Vandalism: hot or cold spot, with confidence" index="7"/>
    <alias field="trend_vandalism" name="Vandalism: change between the two periods" index="8"/>
    <alias field="change_vandalism" name="Vandalism: change in reports (later minus earlier period)" index="9"/>
    <alias field="trend_p_vandalism" name="Vandalism: p-value of the change (Poisson test)" index="10"/>
    <alias field="emerging_vandalism" name="Vandalism: emerging hot spot class over the time steps" index="11"/>
    <alias field="n_graffiti" name="Graffiti reports" index="12"/>
    <alias field="kde_graffiti" name="Graffiti: kernel density (reports per km2)" index="13"/>
    <alias field="gi_z_graffiti" name="Graffiti: Getis-Ord Gi* z-score (high = cluster of reports)" index="14"/>
    <alias field="gi_p_graffiti" name="Graffiti: Gi* p-value (conditional permutation null)" index="15"/>
    <alias field="hotspot_graffiti" name="Graffiti: hot or cold spot, with confidence" index="16"/>
    <alias field="trend_graffiti" name="Graffiti: change between the two periods" index="17"/>
    <alias field="change_graffiti" name="Graffiti: change in reports (later minus earlier period)" index="18"/>
    <alias field="trend_p_graffiti" name="Graffiti: p-value of the change (Poisson test)" index="19"/>
    <alias field="emerging_graffiti" name="Graffiti: emerging hot spot class over the time steps" index="20"/>
    <alias field="n_littering" name="Littering reports" index="21"/>
    <alias field="kde_littering" name="Littering: kernel density (reports per km2)" index="22"/>
    <alias field="gi_z_littering" name="Littering: Getis-Ord Gi* z-score (high = cluster of reports)" index="23"/>
    <alias field="gi_p_littering" name="Littering: Gi* p-value (conditional permutation null)" index="24"/>
    <alias field="hotspot_littering" name="Littering: hot or cold spot, with confidence" index="25"/>
    <alias field="trend_littering" name="Littering: change between the two periods" index="26"/>
    <alias field="change_littering" name="Littering: change in reports (later minus earlier period)" index="27"/>
    <alias field="trend_p_littering" name="Littering: p-value of the change (Poisson test)" index="28"/>
    <alias field="emerging_littering" name="Littering: emerging hot spot class over the time steps" index="29"/>
    <alias field="n_violence" name="Violence reports" index="30"/>
    <alias field="kde_violence" name="Violence: kernel density (reports per km2)" index="31"/>
    <alias field="gi_z_violence" name="Violence: Getis-Ord Gi* z-score (high = cluster of reports)" index="32"/>
    <alias field="gi_p_violence" name="Violence: Gi* p-value (conditional permutation null)" index="33"/>
    <alias field="hotspot_violence" name="Violence: hot or cold spot, with confidence" index="34"/>
    <alias field="trend_violence" name="Violence: change between the two periods" index="35"/>
    <alias field="change_violence" name="Violence: change in reports (later minus earlier period)" index="36"/>
    <alias field="trend_p_violence" name="Violence: p-value of the change (Poisson test)" index="37"/>
    <alias field="emerging_violence" name="Violence: emerging hot spot class over the time steps" index="38"/>
    <alias field="n_theft" name="Theft reports" index="39"/>
    <alias field="kde_theft" name="Theft: kernel density (reports per km2)" index="40"/>
    <alias field="gi_z_theft" name="Theft: Getis-Ord Gi* z-score (high = cluster of reports)" index="41"/>
    <alias field="gi_p_theft" name="Theft: Gi* p-value (conditional permutation null)" index="42"/>
    <alias field="hotspot_theft" name="Theft: hot or cold spot, with confidence" index="43"/>
    <alias field="trend_theft" name="Theft: change between the two periods" index="44"/>
    <alias field="change_theft" name="Theft: change in reports (later minus earlier period)" index="45"/>
    <alias field="trend_p_theft" name="Theft: p-value of the change (Poisson test)" index="46"/>
    <alias field="emerging_theft" name="Theft: emerging hot spot class over the time steps" index="47"/>
    <alias field="n_drugs" name="Drugs reports" index="48"/>
    <alias field="kde_drugs" name="Drugs: kernel density (reports per km2)" index="49"/>
    <alias field="gi_z_drugs" name="Drugs: Getis-Ord Gi* z-score (high = cluster of reports)" index="50"/>
    <alias field="gi_p_drugs" name="Drugs: Gi* p-value (conditional permutation null)" index="51"/>
    <alias field="hotspot_drugs" name="Drugs: hot or cold spot, with confidence" index="52"/>
    <alias field="trend_drugs" name="Drugs: change between the two periods" index="53"/>
    <alias field="change_drugs" name="Drugs: change in reports (later minus earlier period)" index="54"/>
    <alias field="trend_p_drugs" name="Drugs: p-value of the change (Poisson test)" index="55"/>
    <alias field="emerging_drugs" name="Drugs: emerging hot spot class over the time steps" index="56"/>
    <alias field="n_disorder" name="Disorder reports" index="57"/>
    <alias field="kde_disorder" name="Disorder: kernel density (reports per km2)" index="58"/>
    <alias field="gi_z_disorder" name="Disorder: Getis-Ord Gi* z-score (high = cluster of reports)" index="59"/>
    <alias field="gi_p_disorder" name="Disorder: Gi* p-value (conditional permutation null)" index="60"/>
    <alias field="hotspot_disorder" name="Disorder: hot or cold spot, with confidence" index="61"/>
    <alias field="trend_disorder" name="Disorder: change between the two periods" index="62"/>
    <alias field="change_disorder" name="Disorder: change in reports (later minus earlier period)" index="63"/>
    <alias field="trend_p_disorder" name="Disorder: p-value of the change (Poisson test)" index="64"/>
    <alias field="emerging_disorder" name="Disorder: emerging hot spot class over the time steps" index="65"/>
    <alias field="n_fraud" name="Fraud reports" index="66"/>
    <alias field="kde_fraud" name="Fraud: kernel density (reports per km2)" index="67"/>
    <alias field="gi_z_fraud" name="Fraud: Getis-Ord Gi* z-score (high = cluster of reports)" index="68"/>
    <alias field="gi_p_fraud" name="Fraud: Gi* p-value (conditional permutation null)" index="69"/>
    <alias field="hotspot_fraud" name="Fraud: hot or cold spot, with confidence" index="70"/>
    <alias field="trend_fraud" name="Fraud: change between the two periods" index="71"/>
    <alias field="change_fraud" name="Fraud: change in reports (later minus earlier period)" index="72"/>
    <alias field="trend_p_fraud" name="Fraud: p-value of the change (Poisson test)" index="73"/>
    <alias field="emerging_fraud" name="Fraud: emerging hot spot class over the time steps" index="74"/>
    <alias field="n_other" name="Other reports" index="75"/>
    <alias field="kde_other" name="Other: kernel density (reports per km2)" index="76"/>
    <alias field="gi_z_other" name="Other: Getis-Ord Gi* z-score (high = cluster of reports)" index="77"/>
    <alias field="gi_p_other" name="Other: Gi* p-value (conditional permutation null)" index="78"/>
    <alias field="hotspot_other" name="Other: hot or cold spot, with confidence" index="79"/>
    <alias field="trend_other" name="Other: change between the two periods" index="80"/>
    <alias field="change_other" name="Other: change in reports (later minus earlier period)" index="81"/>
    <alias field="trend_p_other" name="Other: p-value of the change (Poisson test)" index="82"/>
    <alias field="emerging_other" name="Other: emerging hot spot class over the time steps" index="83"/>
    <alias field="mean_vandalism_score" name="Mean vandalism risk score of its places" index="84"/>
    <alias field="mean_littering_score" name="Mean littering risk score of its places" index="85"/>
    <alias field="mean_visibility_score" name="Mean visibility score of its places" index="86"/>
    <alias field="mean_safety_index" name="Mean safety index of its places (high = safe)" index="87"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="cell_id" expression=""/>
    <default applyOnUpdate="0" field="area_km2" expression=""/>
    <default applyOnUpdate="0" field="n_places" expression=""/>
    <default applyOnUpdate="0" field="n_vandalism" expression=""/>
    <default applyOnUpdate="0" field="kde_vandalism" expression=""/>
    <default applyOnUpdate="0" field="gi_z_vandalism" expression=""/>
    <default applyOnUpdate="0" field="gi_p_vandalism" expression=""/>
    <default applyOnUpdate="0" field="hotspot_vandalism" expression=""/>
    <default applyOnUpdate="0" field="trend_vandalism" expression=""/>
    <default applyOnUpdate="0" field="change_vandalism" expression=""/>
    <default applyOnUpdate="0" field="trend_p_vandalism" expression=""/>
    <default applyOnUpdate="0" field="emerging_vandalism" expression=""/>
    <default applyOnUpdate="0" field="n_graffiti" expression=""/>
    <default applyOnUpdate="0" field="kde_graffiti" expression=""/>
    <default applyOnUpdate="0" field="gi_z_graffiti" expression=""/>
    <default applyOnUpdate="0" field="gi_p_graffiti" expression=""/>
    <default applyOnUpdate="0" field="hotspot_graffiti" expression=""/>
    <default applyOnUpdate="0" field="trend_graffiti" expression=""/>
    <default applyOnUpdate="0" field="change_graffiti" expression=""/>
    <default applyOnUpdate="0" field="trend_p_graffiti" expression=""/>
    <default applyOnUpdate="0" field="emerging_graffiti" expression=""/>
    <default applyOnUpdate="0" field="n_littering" expression=""/>
    <default applyOnUpdate="0" field="kde_littering" expression=""/>
    <default applyOnUpdate="0" field="gi_z_littering" expression=""/>
    <default applyOnUpdate="0" field="gi_p_littering" expression=""/>
    <default applyOnUpdate="0" field="hotspot_littering" expression=""/>
    <default applyOnUpdate="0" field="trend_littering" expression=""/>
    <default applyOnUpdate="0" field="change_littering" expression=""/>
    <default applyOnUpdate="0" field="trend_p_littering" expression=""/>
    <default applyOnUpdate="0" field="emerging_littering" expression=""/>
    <default applyOnUpdate="0" field="n_violence" expression=""/>
    <default applyOnUpdate="0" field="kde_violence" expression=""/>
    <default applyOnUpdate="0" field="gi_z_violence" expression=""/>
    <default applyOnUpdate="0" field="gi_p_violence" expression=""/>
    <default applyOnUpdate="0" field="hotspot_violence" expression=""/>
    <default applyOnUpdate="0" field="trend_violence" expression=""/>
    <default applyOnUpdate="0" field="change_violence" expression=""/>
    <default applyOnUpdate="0" field="trend_p_violence" expression=""/>
    <default applyOnUpdate="0" field="emerging_violence" expression=""/>
    <default applyOnUpdate="0" field="n_theft" expression=""/>
    <default applyOnUpdate="0" field="kde_theft" expression=""/>
    <default applyOnUpdate="0" field="gi_z_theft" expression=""/>
    <default applyOnUpdate="0" field="gi_p_theft" expression=""/>
    <default applyOnUpdate="0" field="hotspot_theft" expression=""/>
    <default applyOnUpdate="0" field="trend_theft" expression=""/>
    <default applyOnUpdate="0" field="change_theft" expression=""/>
    <default applyOnUpdate="0" field="trend_p_theft" expression=""/>
    <default applyOnUpdate="0" field="emerging_theft" expression=""/>
    <default applyOnUpdate="0" field="n_drugs" expression=""/>
    <default applyOnUpdate="0" field="kde_drugs" expression=""/>
    <default applyOnUpdate="0" field="gi_z_drugs" expression=""/>
    <default applyOnUpdate="0" field="gi_p_drugs" expression=""/>
    <default applyOnUpdate="0" field="hotspot_drugs" expression=""/>
    <default applyOnUpdate="0" field="trend_drugs" expression=""/>
    <default applyOnUpdate="0" field="change_drugs" expression=""/>
    <default applyOnUpdate="0" field="trend_p_drugs" expression=""/>
    <default applyOnUpdate="0" field="emerging_drugs" expression=""/>
    <default applyOnUpdate="0" field="n_disorder" expression=""/>
    <default applyOnUpdate="0" field="kde_disorder" expression=""/>
    <default applyOnUpdate="0" field="gi_z_disorder" expression=""/>
    <default applyOnUpdate="0" field="gi_p_disorder" expression=""/>
    <default applyOnUpdate="0" field="hotspot_disorder" expression=""/>
    <default applyOnUpdate="0" field="trend_disorder" expression=""/>
    <default applyOnUpdate="0" field="change_disorder" expression=""/>
    <default applyOnUpdate="0" field="trend_p_disorder" expression=""/>
    <default applyOnUpdate="0" field="emerging_disorder" expression=""/>
    <default applyOnUpdate="0" field="n_fraud" expression=""/>
    <default applyOnUpdate="0" field="kde_fraud" expression=""/>
    <default applyOnUpdate="0" field="gi_z_fraud" expression=""/>
    <default applyOnUpdate="0" field="gi_p_fraud" expression=""/>
    <default applyOnUpdate="0" field="hotspot_fraud" expression=""/>
    <default applyOnUpdate="0" field="trend_fraud" expression=""/>
    <default applyOnUpdate="0" field="change_fraud" expression=""/>
    <default applyOnUpdate="0" field="trend_p_fraud" expression=""/>
    <default applyOnUpdate="0" field="emerging_fraud" expression=""/>
    <default applyOnUpdate="0" field="n_other" expression=""/>
    <default applyOnUpdate="0" field="kde_other" expression=""/>
    <default applyOnUpdate="0" field="gi_z_other" expression=""/>
    <default applyOnUpdate="0" field="gi_p_other" expression=""/>
    <default applyOnUpdate="0" field="hotspot_other" expression=""/>
    <default applyOnUpdate="0" field="trend_other" expression=""/>
    <default applyOnUpdate="0" field="change_other" expression=""/>
    <default applyOnUpdate="0" field="trend_p_other" expression=""/>
    <default applyOnUpdate="0" field="emerging_other" expression=""/>
    <default applyOnUpdate="0" field="mean_vandalism_score" expression=""/>
    <default applyOnUpdate="0" field="mean_littering_score" expression=""/>
    <default applyOnUpdate="0" field="mean_visibility_score" expression=""/>
    <default applyOnUpdate="0" field="mean_safety_index" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" field="cell_id" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="area_km2" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_places" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kde_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_z_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_p_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="hotspot_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="change_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_p_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="emerging_vandalism" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_graffiti" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kde_graffiti" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_z_graffiti" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_p_graffiti" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="hotspot_graffiti" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_graffiti" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="change_graffiti" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_p_graffiti" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="emerging_graffiti" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kde_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_z_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_p_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="hotspot_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="change_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_p_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="emerging_littering" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_violence" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kde_violence" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_z_violence" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_p_violence" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="hotspot_violence" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_violence" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="change_violence" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_p_violence" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="emerging_violence" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_theft" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kde_theft" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_z_theft" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_p_theft" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="hotspot_theft" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_theft" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="change_theft" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_p_theft" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="emerging_theft" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_drugs" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kde_drugs" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_z_drugs" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_p_drugs" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="hotspot_drugs" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_drugs" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="change_drugs" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_p_drugs" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="emerging_drugs" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_disorder" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kde_disorder" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_z_disorder" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_p_disorder" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="hotspot_disorder" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_disorder" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="change_disorder" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_p_disorder" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="emerging_disorder" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_fraud" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kde_fraud" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_z_fraud" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_p_fraud" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="hotspot_fraud" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_fraud" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="change_fraud" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_p_fraud" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="emerging_fraud" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="n_other" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kde_other" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_z_other" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="gi_p_other" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="hotspot_other" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_other" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="change_other" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="trend_p_other" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="emerging_other" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="mean_vandalism_score" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="mean_littering_score" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="mean_visibility_score" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="mean_safety_index" exp_strength="0" constraints="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="cell_id" desc="" exp=""/>
    <constraint field="area_km2" desc="" exp=""/>
    <constraint field="n_places" desc="" exp=""/>
    <constraint field="n_vandalism" desc="" exp=""/>
    <constraint field="kde_vandalism" desc="" exp=""/>
    <constraint field="gi_z_vandalism" desc="" exp=""/>
    <constraint field="gi_p_vandalism" desc="" exp=""/>
    <constraint field="hotspot_vandalism" desc="" exp=""/>
    <constraint field="trend_vandalism" desc="" exp=""/>
    <constraint field="change_vandalism" desc="" exp=""/>
    <constraint field="trend_p_vandalism" desc="" exp=""/>
    <constraint field="emerging_vandalism" desc="" exp=""/>
    <constraint field="n_graffiti" desc="" exp=""/>
    <constraint field="kde_graffiti" desc="" exp=""/>
    <constraint field="gi_z_graffiti" desc="" exp=""/>
    <constraint field="gi_p_graffiti" desc="" exp=""/>
    <constraint field="hotspot_graffiti" desc="" exp=""/>
    <constraint field="trend_graffiti" desc="" exp=""/>
    <constraint field="change_graffiti" desc="" exp=""/>
    <constraint field="trend_p_graffiti" desc="" exp=""/>
    <constraint field="emerging_graffiti" desc="" exp=""/>
    <constraint field="n_littering" desc="" exp=""/>
    <constraint field="kde_littering" desc="" exp=""/>
    <constraint field="gi_z_littering" desc="" exp=""/>
    <constraint field="gi_p_littering" desc="" exp=""/>
    <constraint field="hotspot_littering" desc="" exp=""/>
    <constraint field="trend_littering" desc="" exp=""/>
    <constraint field="change_littering" desc="" exp=""/>
    <constraint field="trend_p_littering" desc="" exp=""/>
    <constraint field="emerging_littering" desc="" exp=""/>
    <constraint field="n_violence" desc="" exp=""/>
    <constraint field="kde_violence" desc="" exp=""/>
    <constraint field="gi_z_violence" desc="" exp=""/>
    <constraint field="gi_p_violence" desc="" exp=""/>
    <constraint field="hotspot_violence" desc="" exp=""/>
    <constraint field="trend_violence" desc="" exp=""/>
    <constraint field="change_violence" desc="" exp=""/>
    <constraint field="trend_p_violence" desc="" exp=""/>
    <constraint field="emerging_violence" desc="" exp=""/>
    <constraint field="n_theft" desc="" exp=""/>
    <constraint field="kde_theft" desc="" exp=""/>
    <constraint field="gi_z_theft" desc="" exp=""/>
    <constraint field="gi_p_theft" desc="" exp=""/>
    <constraint field="hotspot_theft" desc="" exp=""/>
    <constraint field="trend_theft" desc="" exp=""/>
    <constraint field="change_theft" desc="" exp=""/>
    <constraint field="trend_p_theft" desc="" exp=""/>
    <constraint field="emerging_theft" desc="" exp=""/>
    <constraint field="n_drugs" desc="" exp=""/>
    <constraint field="kde_drugs" desc="" exp=""/>
    <constraint field="gi_z_drugs" desc="" exp=""/>
    <constraint field="gi_p_drugs" desc="" exp=""/>
    <constraint field="hotspot_drugs" desc="" exp=""/>
    <constraint field="trend_drugs" desc="" exp=""/>
    <constraint field="change_drugs" desc="" exp=""/>
    <constraint field="trend_p_drugs" desc="" exp=""/>
    <constraint field="emerging_drugs" desc="" exp=""/>
    <constraint field="n_disorder" desc="" exp=""/>
    <constraint field="kde_disorder" desc="" exp=""/>
    <constraint field="gi_z_disorder" desc="" exp=""/>
    <constraint field="gi_p_disorder" desc="" exp=""/>
    <constraint field="hotspot_disorder" desc="" exp=""/>
    <constraint field="trend_disorder" desc="" exp=""/>
    <constraint field="change_disorder" desc="" exp=""/>
    <constraint field="trend_p_disorder" desc="" exp=""/>
    <constraint field="emerging_disorder" desc="" exp=""/>
    <constraint field="n_fraud" desc="" exp=""/>
    <constraint field="kde_fraud" desc="" exp=""/>
    <constraint field="gi_z_fraud" desc="" exp=""/>
    <constraint field="gi_p_fraud" desc="" exp=""/>
    <constraint field="hotspot_fraud" desc="" exp=""/>
    <constraint field="trend_fraud" desc="" exp=""/>
    <constraint field="change_fraud" desc="" exp=""/>
    <constraint field="trend_p_fraud" desc="" exp=""/>
    <constraint field="emerging_fraud" desc="" exp=""/>
    <constraint field="n_other" desc="" exp=""/>
    <constraint field="kde_other" desc="" exp=""/>
    <constraint field="gi_z_other" desc="" exp=""/>
    <constraint field="gi_p_other" desc="" exp=""/>
    <constraint field="hotspot_other" desc="" exp=""/>
    <constraint field="trend_other" desc="" exp=""/>
    <constraint field="change_other" desc="" exp=""/>
    <constraint field="trend_p_other" desc="" exp=""/>
    <constraint field="emerging_other" desc="" exp=""/>
    <constraint field="mean_vandalism_score" desc="" exp=""/>
    <constraint field="mean_littering_score" desc="" exp=""/>
    <constraint field="mean_visibility_score" desc="" exp=""/>
    <constraint field="mean_safety_index" desc="" exp=""/>
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
  <layerGeometryType>2</layerGeometryType>
</qgis>
