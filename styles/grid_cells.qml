<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis symbologyReferenceScale="-1" simplifyAlgorithm="0" labelsEnabled="0" simplifyLocal="1" simplifyMaxScale="1" readOnly="0" version="3.22.16-Białowieża" minScale="100000000" simplifyDrawingHints="1" hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" maxScale="0" styleCategories="AllStyleCategories">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationField="" enabled="0" endExpression="" accumulate="0" limitMode="0" durationUnit="min" startField="" mode="0" endField="" startExpression="" fixedDuration="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 enableorderby="0" type="categorizedSymbol" forceraster="0" attr="hotspot_vandalism" symbollevels="0" referencescale="-1">
    <categories>
      <category label="Vandalism hot spot, 99 % confidence" render="true" symbol="0" value="hot 99 %"/>
      <category label="Vandalism hot spot, 95 % confidence" render="true" symbol="1" value="hot 95 %"/>
      <category label="Vandalism hot spot, 90 % confidence" render="true" symbol="2" value="hot 90 %"/>
      <category label="No significant cluster" render="true" symbol="3" value="not significant"/>
      <category label="Vandalism cold spot, 90 % confidence" render="true" symbol="4" value="cold 90 %"/>
      <category label="Vandalism cold spot, 95 % confidence" render="true" symbol="5" value="cold 95 %"/>
      <category label="Vandalism cold spot, 99 % confidence" render="true" symbol="6" value="cold 99 %"/>
      <category label="No vandalism reports in the study area" render="true" symbol="7" value=""/>
    </categories>
    <symbols>
      <symbol clip_to_extent="1" type="fill" name="0" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="178,24,43,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="fill" name="1" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="239,138,98,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="fill" name="2" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="253,219,199,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="fill" name="3" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="224,224,224,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="fill" name="4" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="209,229,240,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="fill" name="5" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="103,169,207,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="fill" name="6" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="33,102,172,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="fill" name="7" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="0,0,0,0"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="189,189,189,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
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
    <alias field="n_graffiti" name="Graffiti reports" index="11"/>
    <alias field="kde_graffiti" name="Graffiti: kernel density (reports per km2)" index="12"/>
    <alias field="gi_z_graffiti" name="Graffiti: Getis-Ord Gi* z-score (high = cluster of reports)" index="13"/>
    <alias field="gi_p_graffiti" name="Graffiti: Gi* p-value (conditional permutation null)" index="14"/>
    <alias field="hotspot_graffiti" name="Graffiti: hot or cold spot, with confidence" index="15"/>
    <alias field="trend_graffiti" name="Graffiti: change between the two periods" index="16"/>
    <alias field="change_graffiti" name="Graffiti: change in reports (later minus earlier period)" index="17"/>
    <alias field="trend_p_graffiti" name="Graffiti: p-value of the change (Poisson test)" index="18"/>
    <alias field="n_littering" name="Littering reports" index="19"/>
    <alias field="kde_littering" name="Littering: kernel density (reports per km2)" index="20"/>
    <alias field="gi_z_littering" name="Littering: Getis-Ord Gi* z-score (high = cluster of reports)" index="21"/>
    <alias field="gi_p_littering" name="Littering: Gi* p-value (conditional permutation null)" index="22"/>
    <alias field="hotspot_littering" name="Littering: hot or cold spot, with confidence" index="23"/>
    <alias field="trend_littering" name="Littering: change between the two periods" index="24"/>
    <alias field="change_littering" name="Littering: change in reports (later minus earlier period)" index="25"/>
    <alias field="trend_p_littering" name="Littering: p-value of the change (Poisson test)" index="26"/>
    <alias field="n_violence" name="Violence reports" index="27"/>
    <alias field="kde_violence" name="Violence: kernel density (reports per km2)" index="28"/>
    <alias field="gi_z_violence" name="Violence: Getis-Ord Gi* z-score (high = cluster of reports)" index="29"/>
    <alias field="gi_p_violence" name="Violence: Gi* p-value (conditional permutation null)" index="30"/>
    <alias field="hotspot_violence" name="Violence: hot or cold spot, with confidence" index="31"/>
    <alias field="trend_violence" name="Violence: change between the two periods" index="32"/>
    <alias field="change_violence" name="Violence: change in reports (later minus earlier period)" index="33"/>
    <alias field="trend_p_violence" name="Violence: p-value of the change (Poisson test)" index="34"/>
    <alias field="n_theft" name="Theft reports" index="35"/>
    <alias field="kde_theft" name="Theft: kernel density (reports per km2)" index="36"/>
    <alias field="gi_z_theft" name="Theft: Getis-Ord Gi* z-score (high = cluster of reports)" index="37"/>
    <alias field="gi_p_theft" name="Theft: Gi* p-value (conditional permutation null)" index="38"/>
    <alias field="hotspot_theft" name="Theft: hot or cold spot, with confidence" index="39"/>
    <alias field="trend_theft" name="Theft: change between the two periods" index="40"/>
    <alias field="change_theft" name="Theft: change in reports (later minus earlier period)" index="41"/>
    <alias field="trend_p_theft" name="Theft: p-value of the change (Poisson test)" index="42"/>
    <alias field="n_drugs" name="Drugs reports" index="43"/>
    <alias field="kde_drugs" name="Drugs: kernel density (reports per km2)" index="44"/>
    <alias field="gi_z_drugs" name="Drugs: Getis-Ord Gi* z-score (high = cluster of reports)" index="45"/>
    <alias field="gi_p_drugs" name="Drugs: Gi* p-value (conditional permutation null)" index="46"/>
    <alias field="hotspot_drugs" name="Drugs: hot or cold spot, with confidence" index="47"/>
    <alias field="trend_drugs" name="Drugs: change between the two periods" index="48"/>
    <alias field="change_drugs" name="Drugs: change in reports (later minus earlier period)" index="49"/>
    <alias field="trend_p_drugs" name="Drugs: p-value of the change (Poisson test)" index="50"/>
    <alias field="n_disorder" name="Disorder reports" index="51"/>
    <alias field="kde_disorder" name="Disorder: kernel density (reports per km2)" index="52"/>
    <alias field="gi_z_disorder" name="Disorder: Getis-Ord Gi* z-score (high = cluster of reports)" index="53"/>
    <alias field="gi_p_disorder" name="Disorder: Gi* p-value (conditional permutation null)" index="54"/>
    <alias field="hotspot_disorder" name="Disorder: hot or cold spot, with confidence" index="55"/>
    <alias field="trend_disorder" name="Disorder: change between the two periods" index="56"/>
    <alias field="change_disorder" name="Disorder: change in reports (later minus earlier period)" index="57"/>
    <alias field="trend_p_disorder" name="Disorder: p-value of the change (Poisson test)" index="58"/>
    <alias field="n_fraud" name="Fraud reports" index="59"/>
    <alias field="kde_fraud" name="Fraud: kernel density (reports per km2)" index="60"/>
    <alias field="gi_z_fraud" name="Fraud: Getis-Ord Gi* z-score (high = cluster of reports)" index="61"/>
    <alias field="gi_p_fraud" name="Fraud: Gi* p-value (conditional permutation null)" index="62"/>
    <alias field="hotspot_fraud" name="Fraud: hot or cold spot, with confidence" index="63"/>
    <alias field="trend_fraud" name="Fraud: change between the two periods" index="64"/>
    <alias field="change_fraud" name="Fraud: change in reports (later minus earlier period)" index="65"/>
    <alias field="trend_p_fraud" name="Fraud: p-value of the change (Poisson test)" index="66"/>
    <alias field="n_other" name="Other reports" index="67"/>
    <alias field="kde_other" name="Other: kernel density (reports per km2)" index="68"/>
    <alias field="gi_z_other" name="Other: Getis-Ord Gi* z-score (high = cluster of reports)" index="69"/>
    <alias field="gi_p_other" name="Other: Gi* p-value (conditional permutation null)" index="70"/>
    <alias field="hotspot_other" name="Other: hot or cold spot, with confidence" index="71"/>
    <alias field="trend_other" name="Other: change between the two periods" index="72"/>
    <alias field="change_other" name="Other: change in reports (later minus earlier period)" index="73"/>
    <alias field="trend_p_other" name="Other: p-value of the change (Poisson test)" index="74"/>
    <alias field="mean_vandalism_score" name="Mean vandalism risk score of its places" index="75"/>
    <alias field="mean_littering_score" name="Mean littering risk score of its places" index="76"/>
    <alias field="mean_visibility_score" name="Mean visibility score of its places" index="77"/>
    <alias field="mean_safety_index" name="Mean safety index of its places (high = safe)" index="78"/>
  </aliases>
  <defaults>
    <default field="cell_id" expression="" applyOnUpdate="0"/>
    <default field="area_km2" expression="" applyOnUpdate="0"/>
    <default field="n_places" expression="" applyOnUpdate="0"/>
    <default field="n_vandalism" expression="" applyOnUpdate="0"/>
    <default field="kde_vandalism" expression="" applyOnUpdate="0"/>
    <default field="gi_z_vandalism" expression="" applyOnUpdate="0"/>
    <default field="gi_p_vandalism" expression="" applyOnUpdate="0"/>
    <default field="hotspot_vandalism" expression="" applyOnUpdate="0"/>
    <default field="trend_vandalism" expression="" applyOnUpdate="0"/>
    <default field="change_vandalism" expression="" applyOnUpdate="0"/>
    <default field="trend_p_vandalism" expression="" applyOnUpdate="0"/>
    <default field="n_graffiti" expression="" applyOnUpdate="0"/>
    <default field="kde_graffiti" expression="" applyOnUpdate="0"/>
    <default field="gi_z_graffiti" expression="" applyOnUpdate="0"/>
    <default field="gi_p_graffiti" expression="" applyOnUpdate="0"/>
    <default field="hotspot_graffiti" expression="" applyOnUpdate="0"/>
    <default field="trend_graffiti" expression="" applyOnUpdate="0"/>
    <default field="change_graffiti" expression="" applyOnUpdate="0"/>
    <default field="trend_p_graffiti" expression="" applyOnUpdate="0"/>
    <default field="n_littering" expression="" applyOnUpdate="0"/>
    <default field="kde_littering" expression="" applyOnUpdate="0"/>
    <default field="gi_z_littering" expression="" applyOnUpdate="0"/>
    <default field="gi_p_littering" expression="" applyOnUpdate="0"/>
    <default field="hotspot_littering" expression="" applyOnUpdate="0"/>
    <default field="trend_littering" expression="" applyOnUpdate="0"/>
    <default field="change_littering" expression="" applyOnUpdate="0"/>
    <default field="trend_p_littering" expression="" applyOnUpdate="0"/>
    <default field="n_violence" expression="" applyOnUpdate="0"/>
    <default field="kde_violence" expression="" applyOnUpdate="0"/>
    <default field="gi_z_violence" expression="" applyOnUpdate="0"/>
    <default field="gi_p_violence" expression="" applyOnUpdate="0"/>
    <default field="hotspot_violence" expression="" applyOnUpdate="0"/>
    <default field="trend_violence" expression="" applyOnUpdate="0"/>
    <default field="change_violence" expression="" applyOnUpdate="0"/>
    <default field="trend_p_violence" expression="" applyOnUpdate="0"/>
    <default field="n_theft" expression="" applyOnUpdate="0"/>
    <default field="kde_theft" expression="" applyOnUpdate="0"/>
    <default field="gi_z_theft" expression="" applyOnUpdate="0"/>
    <default field="gi_p_theft" expression="" applyOnUpdate="0"/>
    <default field="hotspot_theft" expression="" applyOnUpdate="0"/>
    <default field="trend_theft" expression="" applyOnUpdate="0"/>
    <default field="change_theft" expression="" applyOnUpdate="0"/>
    <default field="trend_p_theft" expression="" applyOnUpdate="0"/>
    <default field="n_drugs" expression="" applyOnUpdate="0"/>
    <default field="kde_drugs" expression="" applyOnUpdate="0"/>
    <default field="gi_z_drugs" expression="" applyOnUpdate="0"/>
    <default field="gi_p_drugs" expression="" applyOnUpdate="0"/>
    <default field="hotspot_drugs" expression="" applyOnUpdate="0"/>
    <default field="trend_drugs" expression="" applyOnUpdate="0"/>
    <default field="change_drugs" expression="" applyOnUpdate="0"/>
    <default field="trend_p_drugs" expression="" applyOnUpdate="0"/>
    <default field="n_disorder" expression="" applyOnUpdate="0"/>
    <default field="kde_disorder" expression="" applyOnUpdate="0"/>
    <default field="gi_z_disorder" expression="" applyOnUpdate="0"/>
    <default field="gi_p_disorder" expression="" applyOnUpdate="0"/>
    <default field="hotspot_disorder" expression="" applyOnUpdate="0"/>
    <default field="trend_disorder" expression="" applyOnUpdate="0"/>
    <default field="change_disorder" expression="" applyOnUpdate="0"/>
    <default field="trend_p_disorder" expression="" applyOnUpdate="0"/>
    <default field="n_fraud" expression="" applyOnUpdate="0"/>
    <default field="kde_fraud" expression="" applyOnUpdate="0"/>
    <default field="gi_z_fraud" expression="" applyOnUpdate="0"/>
    <default field="gi_p_fraud" expression="" applyOnUpdate="0"/>
    <default field="hotspot_fraud" expression="" applyOnUpdate="0"/>
    <default field="trend_fraud" expression="" applyOnUpdate="0"/>
    <default field="change_fraud" expression="" applyOnUpdate="0"/>
    <default field="trend_p_fraud" expression="" applyOnUpdate="0"/>
    <default field="n_other" expression="" applyOnUpdate="0"/>
    <default field="kde_other" expression="" applyOnUpdate="0"/>
    <default field="gi_z_other" expression="" applyOnUpdate="0"/>
    <default field="gi_p_other" expression="" applyOnUpdate="0"/>
    <default field="hotspot_other" expression="" applyOnUpdate="0"/>
    <default field="trend_other" expression="" applyOnUpdate="0"/>
    <default field="change_other" expression="" applyOnUpdate="0"/>
    <default field="trend_p_other" expression="" applyOnUpdate="0"/>
    <default field="mean_vandalism_score" expression="" applyOnUpdate="0"/>
    <default field="mean_littering_score" expression="" applyOnUpdate="0"/>
    <default field="mean_visibility_score" expression="" applyOnUpdate="0"/>
    <default field="mean_safety_index" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="cell_id" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="area_km2" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="n_places" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="n_vandalism" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="kde_vandalism" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_z_vandalism" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_p_vandalism" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hotspot_vandalism" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_vandalism" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="change_vandalism" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_p_vandalism" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="n_graffiti" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="kde_graffiti" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_z_graffiti" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_p_graffiti" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hotspot_graffiti" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_graffiti" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="change_graffiti" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_p_graffiti" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="n_littering" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="kde_littering" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_z_littering" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_p_littering" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hotspot_littering" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_littering" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="change_littering" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_p_littering" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="n_violence" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="kde_violence" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_z_violence" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_p_violence" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hotspot_violence" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_violence" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="change_violence" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_p_violence" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="n_theft" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="kde_theft" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_z_theft" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_p_theft" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hotspot_theft" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_theft" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="change_theft" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_p_theft" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="n_drugs" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="kde_drugs" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_z_drugs" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_p_drugs" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hotspot_drugs" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_drugs" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="change_drugs" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_p_drugs" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="n_disorder" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="kde_disorder" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_z_disorder" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_p_disorder" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hotspot_disorder" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_disorder" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="change_disorder" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_p_disorder" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="n_fraud" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="kde_fraud" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_z_fraud" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_p_fraud" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hotspot_fraud" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_fraud" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="change_fraud" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_p_fraud" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="n_other" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="kde_other" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_z_other" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="gi_p_other" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hotspot_other" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_other" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="change_other" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="trend_p_other" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="mean_vandalism_score" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="mean_littering_score" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="mean_visibility_score" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="mean_safety_index" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
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
    <constraint field="n_graffiti" desc="" exp=""/>
    <constraint field="kde_graffiti" desc="" exp=""/>
    <constraint field="gi_z_graffiti" desc="" exp=""/>
    <constraint field="gi_p_graffiti" desc="" exp=""/>
    <constraint field="hotspot_graffiti" desc="" exp=""/>
    <constraint field="trend_graffiti" desc="" exp=""/>
    <constraint field="change_graffiti" desc="" exp=""/>
    <constraint field="trend_p_graffiti" desc="" exp=""/>
    <constraint field="n_littering" desc="" exp=""/>
    <constraint field="kde_littering" desc="" exp=""/>
    <constraint field="gi_z_littering" desc="" exp=""/>
    <constraint field="gi_p_littering" desc="" exp=""/>
    <constraint field="hotspot_littering" desc="" exp=""/>
    <constraint field="trend_littering" desc="" exp=""/>
    <constraint field="change_littering" desc="" exp=""/>
    <constraint field="trend_p_littering" desc="" exp=""/>
    <constraint field="n_violence" desc="" exp=""/>
    <constraint field="kde_violence" desc="" exp=""/>
    <constraint field="gi_z_violence" desc="" exp=""/>
    <constraint field="gi_p_violence" desc="" exp=""/>
    <constraint field="hotspot_violence" desc="" exp=""/>
    <constraint field="trend_violence" desc="" exp=""/>
    <constraint field="change_violence" desc="" exp=""/>
    <constraint field="trend_p_violence" desc="" exp=""/>
    <constraint field="n_theft" desc="" exp=""/>
    <constraint field="kde_theft" desc="" exp=""/>
    <constraint field="gi_z_theft" desc="" exp=""/>
    <constraint field="gi_p_theft" desc="" exp=""/>
    <constraint field="hotspot_theft" desc="" exp=""/>
    <constraint field="trend_theft" desc="" exp=""/>
    <constraint field="change_theft" desc="" exp=""/>
    <constraint field="trend_p_theft" desc="" exp=""/>
    <constraint field="n_drugs" desc="" exp=""/>
    <constraint field="kde_drugs" desc="" exp=""/>
    <constraint field="gi_z_drugs" desc="" exp=""/>
    <constraint field="gi_p_drugs" desc="" exp=""/>
    <constraint field="hotspot_drugs" desc="" exp=""/>
    <constraint field="trend_drugs" desc="" exp=""/>
    <constraint field="change_drugs" desc="" exp=""/>
    <constraint field="trend_p_drugs" desc="" exp=""/>
    <constraint field="n_disorder" desc="" exp=""/>
    <constraint field="kde_disorder" desc="" exp=""/>
    <constraint field="gi_z_disorder" desc="" exp=""/>
    <constraint field="gi_p_disorder" desc="" exp=""/>
    <constraint field="hotspot_disorder" desc="" exp=""/>
    <constraint field="trend_disorder" desc="" exp=""/>
    <constraint field="change_disorder" desc="" exp=""/>
    <constraint field="trend_p_disorder" desc="" exp=""/>
    <constraint field="n_fraud" desc="" exp=""/>
    <constraint field="kde_fraud" desc="" exp=""/>
    <constraint field="gi_z_fraud" desc="" exp=""/>
    <constraint field="gi_p_fraud" desc="" exp=""/>
    <constraint field="hotspot_fraud" desc="" exp=""/>
    <constraint field="trend_fraud" desc="" exp=""/>
    <constraint field="change_fraud" desc="" exp=""/>
    <constraint field="trend_p_fraud" desc="" exp=""/>
    <constraint field="n_other" desc="" exp=""/>
    <constraint field="kde_other" desc="" exp=""/>
    <constraint field="gi_z_other" desc="" exp=""/>
    <constraint field="gi_p_other" desc="" exp=""/>
    <constraint field="hotspot_other" desc="" exp=""/>
    <constraint field="trend_other" desc="" exp=""/>
    <constraint field="change_other" desc="" exp=""/>
    <constraint field="trend_p_other" desc="" exp=""/>
    <constraint field="mean_vandalism_score" desc="" exp=""/>
    <constraint field="mean_littering_score" desc="" exp=""/>
    <constraint field="mean_visibility_score" desc="" exp=""/>
    <constraint field="mean_safety_index" desc="" exp=""/>
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
  <layerGeometryType>2</layerGeometryType>
</qgis>
