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
  <renderer-v2 type="categorizedSymbol" attr="hotspot_vandalism" symbollevels="0" referencescale="-1" enableorderby="0" forceraster="0">
    <categories>
      <category render="true" symbol="0" label="Vandalism hot spot, 99 % confidence" value="hot 99 %"/>
      <category render="true" symbol="1" label="Vandalism hot spot, 95 % confidence" value="hot 95 %"/>
      <category render="true" symbol="2" label="Vandalism hot spot, 90 % confidence" value="hot 90 %"/>
      <category render="true" symbol="3" label="No significant cluster" value="not significant"/>
      <category render="true" symbol="4" label="Vandalism cold spot, 90 % confidence" value="cold 90 %"/>
      <category render="true" symbol="5" label="Vandalism cold spot, 95 % confidence" value="cold 95 %"/>
      <category render="true" symbol="6" label="Vandalism cold spot, 99 % confidence" value="cold 99 %"/>
      <category render="true" symbol="7" label="No vandalism reports in the study area" value=""/>
    </categories>
    <symbols>
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="178,24,43,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="178,24,43,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="239,138,98,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="239,138,98,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="253,219,199,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="253,219,199,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="224,224,224,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="224,224,224,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="209,229,240,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="209,229,240,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="5">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="103,169,207,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="103,169,207,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="6">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="33,102,172,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="33,102,172,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" force_rhr="0" alpha="1" name="7">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="0,0,0,0" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="189,189,189,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="0,0,0,0"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="189,189,189,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
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
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>0.7</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="cell_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="area_km2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_places">
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
    <field configurationFlags="None" name="kde_vandalism">
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
    <field configurationFlags="None" name="gi_p_vandalism">
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
    <field configurationFlags="None" name="trend_vandalism">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="change_vandalism">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_p_vandalism">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="emerging_vandalism">
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
    <field configurationFlags="None" name="kde_graffiti">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_z_graffiti">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_p_graffiti">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hotspot_graffiti">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_graffiti">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="change_graffiti">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_p_graffiti">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="emerging_graffiti">
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
    <field configurationFlags="None" name="kde_littering">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_z_littering">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_p_littering">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hotspot_littering">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_littering">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="change_littering">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_p_littering">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="emerging_littering">
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
    <field configurationFlags="None" name="kde_violence">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_z_violence">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_p_violence">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hotspot_violence">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_violence">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="change_violence">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_p_violence">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="emerging_violence">
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
    <field configurationFlags="None" name="kde_theft">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_z_theft">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_p_theft">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hotspot_theft">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_theft">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="change_theft">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_p_theft">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="emerging_theft">
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
    <field configurationFlags="None" name="kde_drugs">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_z_drugs">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_p_drugs">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hotspot_drugs">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_drugs">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="change_drugs">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_p_drugs">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="emerging_drugs">
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
    <field configurationFlags="None" name="kde_disorder">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_z_disorder">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_p_disorder">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hotspot_disorder">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_disorder">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="change_disorder">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_p_disorder">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="emerging_disorder">
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
    <field configurationFlags="None" name="kde_fraud">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_z_fraud">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_p_fraud">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hotspot_fraud">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_fraud">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="change_fraud">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_p_fraud">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="emerging_fraud">
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
    <field configurationFlags="None" name="kde_other">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_z_other">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="gi_p_other">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hotspot_other">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_other">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="change_other">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trend_p_other">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="emerging_other">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="mean_vandalism_score">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="mean_littering_score">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="mean_visibility_score">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="mean_safety_index">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="cell_id" name="Cell id"/>
    <alias index="1" field="area_km2" name="Cell area (km2)"/>
    <alias index="2" field="n_places" name="Places with their midpoint in the cell"/>
    <alias index="3" field="n_vandalism" name="Vandalism reports"/>
    <alias index="4" field="kde_vandalism" name="Vandalism: kernel density (reports per km2)"/>
    <alias index="5" field="gi_z_vandalism" name="Vandalism: Getis-Ord Gi* z-score (high = cluster of reports)"/>
    <alias index="6" field="gi_p_vandalism" name="Vandalism: Gi* p-value (conditional permutation null)"/>
    <alias index="7" field="hotspot_vandalism" name="Vandalism: hot or cold spot, with confidence"/>
    <alias index="8" field="trend_vandalism" name="Vandalism: change between the two periods"/>
    <alias index="9" field="change_vandalism" name="Vandalism: change in reports (later minus earlier period)"/>
    <alias index="10" field="trend_p_vandalism" name="Vandalism: p-value of the change (Poisson test)"/>
    <alias index="11" field="emerging_vandalism" name="Vandalism: emerging hot spot class over the time steps"/>
    <alias index="12" field="n_graffiti" name="Graffiti reports"/>
    <alias index="13" field="kde_graffiti" name="Graffiti: kernel density (reports per km2)"/>
    <alias index="14" field="gi_z_graffiti" name="Graffiti: Getis-Ord Gi* z-score (high = cluster of reports)"/>
    <alias index="15" field="gi_p_graffiti" name="Graffiti: Gi* p-value (conditional permutation null)"/>
    <alias index="16" field="hotspot_graffiti" name="Graffiti: hot or cold spot, with confidence"/>
    <alias index="17" field="trend_graffiti" name="Graffiti: change between the two periods"/>
    <alias index="18" field="change_graffiti" name="Graffiti: change in reports (later minus earlier period)"/>
    <alias index="19" field="trend_p_graffiti" name="Graffiti: p-value of the change (Poisson test)"/>
    <alias index="20" field="emerging_graffiti" name="Graffiti: emerging hot spot class over the time steps"/>
    <alias index="21" field="n_littering" name="Littering reports"/>
    <alias index="22" field="kde_littering" name="Littering: kernel density (reports per km2)"/>
    <alias index="23" field="gi_z_littering" name="Littering: Getis-Ord Gi* z-score (high = cluster of reports)"/>
    <alias index="24" field="gi_p_littering" name="Littering: Gi* p-value (conditional permutation null)"/>
    <alias index="25" field="hotspot_littering" name="Littering: hot or cold spot, with confidence"/>
    <alias index="26" field="trend_littering" name="Littering: change between the two periods"/>
    <alias index="27" field="change_littering" name="Littering: change in reports (later minus earlier period)"/>
    <alias index="28" field="trend_p_littering" name="Littering: p-value of the change (Poisson test)"/>
    <alias index="29" field="emerging_littering" name="Littering: emerging hot spot class over the time steps"/>
    <alias index="30" field="n_violence" name="Violence reports"/>
    <alias index="31" field="kde_violence" name="Violence: kernel density (reports per km2)"/>
    <alias index="32" field="gi_z_violence" name="Violence: Getis-Ord Gi* z-score (high = cluster of reports)"/>
    <alias index="33" field="gi_p_violence" name="Violence: Gi* p-value (conditional permutation null)"/>
    <alias index="34" field="hotspot_violence" name="Violence: hot or cold spot, with confidence"/>
    <alias index="35" field="trend_violence" name="Violence: change between the two periods"/>
    <alias index="36" field="change_violence" name="Violence: change in reports (later minus earlier period)"/>
    <alias index="37" field="trend_p_violence" name="Violence: p-value of the change (Poisson test)"/>
    <alias index="38" field="emerging_violence" name="Violence: emerging hot spot class over the time steps"/>
    <alias index="39" field="n_theft" name="Theft reports"/>
    <alias index="40" field="kde_theft" name="Theft: kernel density (reports per km2)"/>
    <alias index="41" field="gi_z_theft" name="Theft: Getis-Ord Gi* z-score (high = cluster of reports)"/>
    <alias index="42" field="gi_p_theft" name="Theft: Gi* p-value (conditional permutation null)"/>
    <alias index="43" field="hotspot_theft" name="Theft: hot or cold spot, with confidence"/>
    <alias index="44" field="trend_theft" name="Theft: change between the two periods"/>
    <alias index="45" field="change_theft" name="Theft: change in reports (later minus earlier period)"/>
    <alias index="46" field="trend_p_theft" name="Theft: p-value of the change (Poisson test)"/>
    <alias index="47" field="emerging_theft" name="Theft: emerging hot spot class over the time steps"/>
    <alias index="48" field="n_drugs" name="Drugs reports"/>
    <alias index="49" field="kde_drugs" name="Drugs: kernel density (reports per km2)"/>
    <alias index="50" field="gi_z_drugs" name="Drugs: Getis-Ord Gi* z-score (high = cluster of reports)"/>
    <alias index="51" field="gi_p_drugs" name="Drugs: Gi* p-value (conditional permutation null)"/>
    <alias index="52" field="hotspot_drugs" name="Drugs: hot or cold spot, with confidence"/>
    <alias index="53" field="trend_drugs" name="Drugs: change between the two periods"/>
    <alias index="54" field="change_drugs" name="Drugs: change in reports (later minus earlier period)"/>
    <alias index="55" field="trend_p_drugs" name="Drugs: p-value of the change (Poisson test)"/>
    <alias index="56" field="emerging_drugs" name="Drugs: emerging hot spot class over the time steps"/>
    <alias index="57" field="n_disorder" name="Disorder reports"/>
    <alias index="58" field="kde_disorder" name="Disorder: kernel density (reports per km2)"/>
    <alias index="59" field="gi_z_disorder" name="Disorder: Getis-Ord Gi* z-score (high = cluster of reports)"/>
    <alias index="60" field="gi_p_disorder" name="Disorder: Gi* p-value (conditional permutation null)"/>
    <alias index="61" field="hotspot_disorder" name="Disorder: hot or cold spot, with confidence"/>
    <alias index="62" field="trend_disorder" name="Disorder: change between the two periods"/>
    <alias index="63" field="change_disorder" name="Disorder: change in reports (later minus earlier period)"/>
    <alias index="64" field="trend_p_disorder" name="Disorder: p-value of the change (Poisson test)"/>
    <alias index="65" field="emerging_disorder" name="Disorder: emerging hot spot class over the time steps"/>
    <alias index="66" field="n_fraud" name="Fraud reports"/>
    <alias index="67" field="kde_fraud" name="Fraud: kernel density (reports per km2)"/>
    <alias index="68" field="gi_z_fraud" name="Fraud: Getis-Ord Gi* z-score (high = cluster of reports)"/>
    <alias index="69" field="gi_p_fraud" name="Fraud: Gi* p-value (conditional permutation null)"/>
    <alias index="70" field="hotspot_fraud" name="Fraud: hot or cold spot, with confidence"/>
    <alias index="71" field="trend_fraud" name="Fraud: change between the two periods"/>
    <alias index="72" field="change_fraud" name="Fraud: change in reports (later minus earlier period)"/>
    <alias index="73" field="trend_p_fraud" name="Fraud: p-value of the change (Poisson test)"/>
    <alias index="74" field="emerging_fraud" name="Fraud: emerging hot spot class over the time steps"/>
    <alias index="75" field="n_other" name="Other reports"/>
    <alias index="76" field="kde_other" name="Other: kernel density (reports per km2)"/>
    <alias index="77" field="gi_z_other" name="Other: Getis-Ord Gi* z-score (high = cluster of reports)"/>
    <alias index="78" field="gi_p_other" name="Other: Gi* p-value (conditional permutation null)"/>
    <alias index="79" field="hotspot_other" name="Other: hot or cold spot, with confidence"/>
    <alias index="80" field="trend_other" name="Other: change between the two periods"/>
    <alias index="81" field="change_other" name="Other: change in reports (later minus earlier period)"/>
    <alias index="82" field="trend_p_other" name="Other: p-value of the change (Poisson test)"/>
    <alias index="83" field="emerging_other" name="Other: emerging hot spot class over the time steps"/>
    <alias index="84" field="mean_vandalism_score" name="Mean vandalism risk score of its places"/>
    <alias index="85" field="mean_littering_score" name="Mean littering risk score of its places"/>
    <alias index="86" field="mean_visibility_score" name="Mean visibility score of its places"/>
    <alias index="87" field="mean_safety_index" name="Mean safety index of its places (high = safe)"/>
  </aliases>
  <defaults>
    <default expression="" field="cell_id" applyOnUpdate="0"/>
    <default expression="" field="area_km2" applyOnUpdate="0"/>
    <default expression="" field="n_places" applyOnUpdate="0"/>
    <default expression="" field="n_vandalism" applyOnUpdate="0"/>
    <default expression="" field="kde_vandalism" applyOnUpdate="0"/>
    <default expression="" field="gi_z_vandalism" applyOnUpdate="0"/>
    <default expression="" field="gi_p_vandalism" applyOnUpdate="0"/>
    <default expression="" field="hotspot_vandalism" applyOnUpdate="0"/>
    <default expression="" field="trend_vandalism" applyOnUpdate="0"/>
    <default expression="" field="change_vandalism" applyOnUpdate="0"/>
    <default expression="" field="trend_p_vandalism" applyOnUpdate="0"/>
    <default expression="" field="emerging_vandalism" applyOnUpdate="0"/>
    <default expression="" field="n_graffiti" applyOnUpdate="0"/>
    <default expression="" field="kde_graffiti" applyOnUpdate="0"/>
    <default expression="" field="gi_z_graffiti" applyOnUpdate="0"/>
    <default expression="" field="gi_p_graffiti" applyOnUpdate="0"/>
    <default expression="" field="hotspot_graffiti" applyOnUpdate="0"/>
    <default expression="" field="trend_graffiti" applyOnUpdate="0"/>
    <default expression="" field="change_graffiti" applyOnUpdate="0"/>
    <default expression="" field="trend_p_graffiti" applyOnUpdate="0"/>
    <default expression="" field="emerging_graffiti" applyOnUpdate="0"/>
    <default expression="" field="n_littering" applyOnUpdate="0"/>
    <default expression="" field="kde_littering" applyOnUpdate="0"/>
    <default expression="" field="gi_z_littering" applyOnUpdate="0"/>
    <default expression="" field="gi_p_littering" applyOnUpdate="0"/>
    <default expression="" field="hotspot_littering" applyOnUpdate="0"/>
    <default expression="" field="trend_littering" applyOnUpdate="0"/>
    <default expression="" field="change_littering" applyOnUpdate="0"/>
    <default expression="" field="trend_p_littering" applyOnUpdate="0"/>
    <default expression="" field="emerging_littering" applyOnUpdate="0"/>
    <default expression="" field="n_violence" applyOnUpdate="0"/>
    <default expression="" field="kde_violence" applyOnUpdate="0"/>
    <default expression="" field="gi_z_violence" applyOnUpdate="0"/>
    <default expression="" field="gi_p_violence" applyOnUpdate="0"/>
    <default expression="" field="hotspot_violence" applyOnUpdate="0"/>
    <default expression="" field="trend_violence" applyOnUpdate="0"/>
    <default expression="" field="change_violence" applyOnUpdate="0"/>
    <default expression="" field="trend_p_violence" applyOnUpdate="0"/>
    <default expression="" field="emerging_violence" applyOnUpdate="0"/>
    <default expression="" field="n_theft" applyOnUpdate="0"/>
    <default expression="" field="kde_theft" applyOnUpdate="0"/>
    <default expression="" field="gi_z_theft" applyOnUpdate="0"/>
    <default expression="" field="gi_p_theft" applyOnUpdate="0"/>
    <default expression="" field="hotspot_theft" applyOnUpdate="0"/>
    <default expression="" field="trend_theft" applyOnUpdate="0"/>
    <default expression="" field="change_theft" applyOnUpdate="0"/>
    <default expression="" field="trend_p_theft" applyOnUpdate="0"/>
    <default expression="" field="emerging_theft" applyOnUpdate="0"/>
    <default expression="" field="n_drugs" applyOnUpdate="0"/>
    <default expression="" field="kde_drugs" applyOnUpdate="0"/>
    <default expression="" field="gi_z_drugs" applyOnUpdate="0"/>
    <default expression="" field="gi_p_drugs" applyOnUpdate="0"/>
    <default expression="" field="hotspot_drugs" applyOnUpdate="0"/>
    <default expression="" field="trend_drugs" applyOnUpdate="0"/>
    <default expression="" field="change_drugs" applyOnUpdate="0"/>
    <default expression="" field="trend_p_drugs" applyOnUpdate="0"/>
    <default expression="" field="emerging_drugs" applyOnUpdate="0"/>
    <default expression="" field="n_disorder" applyOnUpdate="0"/>
    <default expression="" field="kde_disorder" applyOnUpdate="0"/>
    <default expression="" field="gi_z_disorder" applyOnUpdate="0"/>
    <default expression="" field="gi_p_disorder" applyOnUpdate="0"/>
    <default expression="" field="hotspot_disorder" applyOnUpdate="0"/>
    <default expression="" field="trend_disorder" applyOnUpdate="0"/>
    <default expression="" field="change_disorder" applyOnUpdate="0"/>
    <default expression="" field="trend_p_disorder" applyOnUpdate="0"/>
    <default expression="" field="emerging_disorder" applyOnUpdate="0"/>
    <default expression="" field="n_fraud" applyOnUpdate="0"/>
    <default expression="" field="kde_fraud" applyOnUpdate="0"/>
    <default expression="" field="gi_z_fraud" applyOnUpdate="0"/>
    <default expression="" field="gi_p_fraud" applyOnUpdate="0"/>
    <default expression="" field="hotspot_fraud" applyOnUpdate="0"/>
    <default expression="" field="trend_fraud" applyOnUpdate="0"/>
    <default expression="" field="change_fraud" applyOnUpdate="0"/>
    <default expression="" field="trend_p_fraud" applyOnUpdate="0"/>
    <default expression="" field="emerging_fraud" applyOnUpdate="0"/>
    <default expression="" field="n_other" applyOnUpdate="0"/>
    <default expression="" field="kde_other" applyOnUpdate="0"/>
    <default expression="" field="gi_z_other" applyOnUpdate="0"/>
    <default expression="" field="gi_p_other" applyOnUpdate="0"/>
    <default expression="" field="hotspot_other" applyOnUpdate="0"/>
    <default expression="" field="trend_other" applyOnUpdate="0"/>
    <default expression="" field="change_other" applyOnUpdate="0"/>
    <default expression="" field="trend_p_other" applyOnUpdate="0"/>
    <default expression="" field="emerging_other" applyOnUpdate="0"/>
    <default expression="" field="mean_vandalism_score" applyOnUpdate="0"/>
    <default expression="" field="mean_littering_score" applyOnUpdate="0"/>
    <default expression="" field="mean_visibility_score" applyOnUpdate="0"/>
    <default expression="" field="mean_safety_index" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="cell_id" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="area_km2" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_places" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="kde_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_z_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_p_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="hotspot_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="change_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_p_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="emerging_vandalism" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_graffiti" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="kde_graffiti" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_z_graffiti" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_p_graffiti" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="hotspot_graffiti" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_graffiti" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="change_graffiti" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_p_graffiti" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="emerging_graffiti" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="kde_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_z_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_p_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="hotspot_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="change_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_p_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="emerging_littering" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_violence" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="kde_violence" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_z_violence" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_p_violence" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="hotspot_violence" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_violence" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="change_violence" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_p_violence" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="emerging_violence" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_theft" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="kde_theft" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_z_theft" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_p_theft" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="hotspot_theft" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_theft" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="change_theft" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_p_theft" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="emerging_theft" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_drugs" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="kde_drugs" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_z_drugs" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_p_drugs" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="hotspot_drugs" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_drugs" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="change_drugs" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_p_drugs" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="emerging_drugs" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_disorder" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="kde_disorder" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_z_disorder" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_p_disorder" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="hotspot_disorder" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_disorder" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="change_disorder" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_p_disorder" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="emerging_disorder" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_fraud" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="kde_fraud" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_z_fraud" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_p_fraud" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="hotspot_fraud" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_fraud" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="change_fraud" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_p_fraud" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="emerging_fraud" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="n_other" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="kde_other" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_z_other" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="gi_p_other" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="hotspot_other" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_other" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="change_other" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="trend_p_other" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="emerging_other" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="mean_vandalism_score" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="mean_littering_score" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="mean_visibility_score" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" notnull_strength="0" field="mean_safety_index" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="cell_id"/>
    <constraint exp="" desc="" field="area_km2"/>
    <constraint exp="" desc="" field="n_places"/>
    <constraint exp="" desc="" field="n_vandalism"/>
    <constraint exp="" desc="" field="kde_vandalism"/>
    <constraint exp="" desc="" field="gi_z_vandalism"/>
    <constraint exp="" desc="" field="gi_p_vandalism"/>
    <constraint exp="" desc="" field="hotspot_vandalism"/>
    <constraint exp="" desc="" field="trend_vandalism"/>
    <constraint exp="" desc="" field="change_vandalism"/>
    <constraint exp="" desc="" field="trend_p_vandalism"/>
    <constraint exp="" desc="" field="emerging_vandalism"/>
    <constraint exp="" desc="" field="n_graffiti"/>
    <constraint exp="" desc="" field="kde_graffiti"/>
    <constraint exp="" desc="" field="gi_z_graffiti"/>
    <constraint exp="" desc="" field="gi_p_graffiti"/>
    <constraint exp="" desc="" field="hotspot_graffiti"/>
    <constraint exp="" desc="" field="trend_graffiti"/>
    <constraint exp="" desc="" field="change_graffiti"/>
    <constraint exp="" desc="" field="trend_p_graffiti"/>
    <constraint exp="" desc="" field="emerging_graffiti"/>
    <constraint exp="" desc="" field="n_littering"/>
    <constraint exp="" desc="" field="kde_littering"/>
    <constraint exp="" desc="" field="gi_z_littering"/>
    <constraint exp="" desc="" field="gi_p_littering"/>
    <constraint exp="" desc="" field="hotspot_littering"/>
    <constraint exp="" desc="" field="trend_littering"/>
    <constraint exp="" desc="" field="change_littering"/>
    <constraint exp="" desc="" field="trend_p_littering"/>
    <constraint exp="" desc="" field="emerging_littering"/>
    <constraint exp="" desc="" field="n_violence"/>
    <constraint exp="" desc="" field="kde_violence"/>
    <constraint exp="" desc="" field="gi_z_violence"/>
    <constraint exp="" desc="" field="gi_p_violence"/>
    <constraint exp="" desc="" field="hotspot_violence"/>
    <constraint exp="" desc="" field="trend_violence"/>
    <constraint exp="" desc="" field="change_violence"/>
    <constraint exp="" desc="" field="trend_p_violence"/>
    <constraint exp="" desc="" field="emerging_violence"/>
    <constraint exp="" desc="" field="n_theft"/>
    <constraint exp="" desc="" field="kde_theft"/>
    <constraint exp="" desc="" field="gi_z_theft"/>
    <constraint exp="" desc="" field="gi_p_theft"/>
    <constraint exp="" desc="" field="hotspot_theft"/>
    <constraint exp="" desc="" field="trend_theft"/>
    <constraint exp="" desc="" field="change_theft"/>
    <constraint exp="" desc="" field="trend_p_theft"/>
    <constraint exp="" desc="" field="emerging_theft"/>
    <constraint exp="" desc="" field="n_drugs"/>
    <constraint exp="" desc="" field="kde_drugs"/>
    <constraint exp="" desc="" field="gi_z_drugs"/>
    <constraint exp="" desc="" field="gi_p_drugs"/>
    <constraint exp="" desc="" field="hotspot_drugs"/>
    <constraint exp="" desc="" field="trend_drugs"/>
    <constraint exp="" desc="" field="change_drugs"/>
    <constraint exp="" desc="" field="trend_p_drugs"/>
    <constraint exp="" desc="" field="emerging_drugs"/>
    <constraint exp="" desc="" field="n_disorder"/>
    <constraint exp="" desc="" field="kde_disorder"/>
    <constraint exp="" desc="" field="gi_z_disorder"/>
    <constraint exp="" desc="" field="gi_p_disorder"/>
    <constraint exp="" desc="" field="hotspot_disorder"/>
    <constraint exp="" desc="" field="trend_disorder"/>
    <constraint exp="" desc="" field="change_disorder"/>
    <constraint exp="" desc="" field="trend_p_disorder"/>
    <constraint exp="" desc="" field="emerging_disorder"/>
    <constraint exp="" desc="" field="n_fraud"/>
    <constraint exp="" desc="" field="kde_fraud"/>
    <constraint exp="" desc="" field="gi_z_fraud"/>
    <constraint exp="" desc="" field="gi_p_fraud"/>
    <constraint exp="" desc="" field="hotspot_fraud"/>
    <constraint exp="" desc="" field="trend_fraud"/>
    <constraint exp="" desc="" field="change_fraud"/>
    <constraint exp="" desc="" field="trend_p_fraud"/>
    <constraint exp="" desc="" field="emerging_fraud"/>
    <constraint exp="" desc="" field="n_other"/>
    <constraint exp="" desc="" field="kde_other"/>
    <constraint exp="" desc="" field="gi_z_other"/>
    <constraint exp="" desc="" field="gi_p_other"/>
    <constraint exp="" desc="" field="hotspot_other"/>
    <constraint exp="" desc="" field="trend_other"/>
    <constraint exp="" desc="" field="change_other"/>
    <constraint exp="" desc="" field="trend_p_other"/>
    <constraint exp="" desc="" field="emerging_other"/>
    <constraint exp="" desc="" field="mean_vandalism_score"/>
    <constraint exp="" desc="" field="mean_littering_score"/>
    <constraint exp="" desc="" field="mean_visibility_score"/>
    <constraint exp="" desc="" field="mean_safety_index"/>
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
  <layerGeometryType>2</layerGeometryType>
</qgis>
