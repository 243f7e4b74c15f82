<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="100000000" readOnly="0" maxScale="0" labelsEnabled="1" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" simplifyDrawingTol="1" simplifyMaxScale="1" symbologyReferenceScale="-1" simplifyDrawingHints="1" simplifyLocal="1" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationField="" fixedDuration="0" limitMode="0" startField="" startExpression="" endExpression="" accumulate="0" durationUnit="min" enabled="0" mode="0" endField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" referencescale="-1" forceraster="0">
    <symbols>
      <symbol type="fill" clip_to_extent="1" force_rhr="0" name="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="0,0,0,0" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="8,48,107,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.8" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="0,0,0,0"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="8,48,107,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
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
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style legendString="Aa" previewBkgrdColor="255,255,255,255" fieldName="name || '\n' || n_total_b || ' reports (' || period_b || ')'" capitalization="0" textOpacity="1" isExpression="1" fontSize="9" fontWeight="50" useSubstitutions="0" fontUnderline="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontWordSpacing="0" textColor="8,48,107,255" namedStyle="" fontKerning="1" multilineHeight="1" allowHtml="0" blendMode="0" textOrientation="horizontal" fontItalic="0" fontFamily="DejaVu LGC Sans" fontLetterSpacing="0" fontSizeUnit="Point" fontStrikeout="0">
        <families/>
        <text-buffer bufferBlendMode="0" bufferSize="1" bufferColor="255,255,255,255" bufferJoinStyle="128" bufferNoFill="1" bufferOpacity="1" bufferDraw="1" bufferSizeUnits="MM" bufferSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <text-mask maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskJoinStyle="128" maskSize="1.5" maskType="0" maskSizeUnits="MM" maskedSymbolLayers="" maskOpacity="1" maskEnabled="0"/>
        <background shapeDraw="0" shapeSizeY="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeRadiiY="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeSVGFile="" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeRotationType="0" shapeFillColor="255,255,255,255" shapeJoinStyle="64" shapeType="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeOffsetX="0" shapeOpacity="1" shapeSizeX="0" shapeSizeType="0" shapeBorderColor="128,128,128,255" shapeBlendMode="0" shapeOffsetY="0" shapeRadiiUnit="MM" shapeSizeUnit="MM" shapeBorderWidth="0" shapeBorderWidthUnit="MM" shapeRadiiX="0">
          <symbol type="fill" clip_to_extent="1" force_rhr="0" name="fillSymbol" alpha="1">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" enabled="1" class="SimpleFill">
              <Option type="Map">
                <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
                <Option type="QString" value="255,255,255,255" name="color"/>
                <Option type="QString" value="bevel" name="joinstyle"/>
                <Option type="QString" value="0,0" name="offset"/>
                <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
                <Option type="QString" value="MM" name="offset_unit"/>
                <Option type="QString" value="128,128,128,255" name="outline_color"/>
                <Option type="QString" value="no" name="outline_style"/>
                <Option type="QString" value="0" name="outline_width"/>
                <Option type="QString" value="MM" name="outline_width_unit"/>
                <Option type="QString" value="solid" name="style"/>
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="color" v="255,255,255,255"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="128,128,128,255"/>
              <prop k="outline_style" v="no"/>
              <prop k="outline_width" v="0"/>
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
        </background>
        <shadow shadowOffsetDist="1" shadowRadiusAlphaOnly="0" shadowOpacity="0.69999999999999996" shadowOffsetUnit="MM" shadowDraw="0" shadowOffsetAngle="135" shadowScale="100" shadowUnder="0" shadowBlendMode="6" shadowRadiusUnit="MM" shadowOffsetGlobal="1" shadowRadius="1.5" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowColor="0,0,0,255"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format autoWrapLength="0" reverseDirectionSymbol="0" formatNumbers="0" decimals="3" multilineAlign="3" addDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" leftDirectionSymbol="&lt;" rightDirectionSymbol=">" placeDirectionSymbol="0" plussign="0" wrapChar=""/>
      <placement offsetType="0" dist="0" preserveRotation="1" distUnits="MM" layerType="UnknownGeometry" geometryGeneratorType="PointGeometry" lineAnchorPercent="0.5" distMapUnitScale="3x:0,0,0,0,0,0" overrunDistance="0" centroidWhole="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" centroidInside="0" quadOffset="4" placementFlags="10" repeatDistanceUnits="MM" overrunDistanceUnit="MM" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" priority="5" fitInPolygonOnly="0" geometryGeneratorEnabled="0" maxCurvedCharAngleIn="25" lineAnchorType="0" yOffset="0" placement="0" rotationAngle="0" rotationUnit="AngleDegrees" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" geometryGenerator="" xOffset="0" maxCurvedCharAngleOut="-25" lineAnchorClipping="0" offsetUnits="MM" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" polygonPlacementFlags="2"/>
      <rendering minFeatureSize="0" fontMinPixelSize="0" scaleVisibility="0" maxNumLabels="2000" mergeLines="0" unplacedVisibility="0" obstacleFactor="1" fontMaxPixelSize="10000" zIndex="0" labelPerPart="0" obstacle="1" drawLabels="1" upsidedownLabels="0" scaleMin="0" displayAll="0" fontLimitPixelSize="0" scaleMax="0" limitNumLabels="0" obstacleType="1"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" value="" name="name"/>
          <Option name="properties"/>
          <Option type="QString" value="collection" name="type"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" value="pole_of_inaccessibility" name="anchorPoint"/>
          <Option type="int" value="0" name="blendMode"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
          <Option type="bool" value="false" name="drawToAllParts"/>
          <Option type="QString" value="0" name="enabled"/>
          <Option type="QString" value="point_on_exterior" name="labelAnchorPoint"/>
          <Option type="QString" value="&lt;symbol type=&quot;line&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; alpha=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; locked=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
          <Option type="double" value="0" name="minLength"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale"/>
          <Option type="QString" value="MM" name="minLengthUnit"/>
          <Option type="double" value="0" name="offsetFromAnchor"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromAnchorUnit"/>
          <Option type="double" value="0" name="offsetFromLabel"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromLabelUnit"/>
        </Option>
      </callout>
    </settings>
  </labeling>
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
    <field configurationFlags="None" name="area_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="buffer_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="period_a">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="period_b">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_vandalism_a">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_vandalism_b">
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
    <field configurationFlags="None" name="n_graffiti_a">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_graffiti_b">
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
    <field configurationFlags="None" name="n_littering_a">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_littering_b">
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
    <field configurationFlags="None" name="n_violence_a">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_violence_b">
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
    <field configurationFlags="None" name="n_theft_a">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_theft_b">
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
    <field configurationFlags="None" name="n_drugs_a">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_drugs_b">
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
    <field configurationFlags="None" name="n_disorder_a">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_disorder_b">
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
    <field configurationFlags="None" name="n_fraud_a">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_fraud_b">
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
    <field configurationFlags="None" name="n_other_a">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_other_b">
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
    <field configurationFlags="None" name="n_total_a">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_total_b">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="change_total">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="lamps">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="street_length_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="length_p1_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="length_p2_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="length_p3_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="length_p4_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="length_p5_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="length_p6_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="length_below_p6_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="length_not_assessed_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="dark_stretches">
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
    <field configurationFlags="None" name="longest_dark_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="places">
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
    <field configurationFlags="None" name="safety_percentile">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="measures">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="report_file">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="area_id" name="Area id" index="0"/>
    <alias field="name" name="Name of the area or property" index="1"/>
    <alias field="buffer_m" name="Surroundings counted with the area (m)" index="2"/>
    <alias field="period_a" name="Earlier period (first and last day)" index="3"/>
    <alias field="period_b" name="Later period (first and last day)" index="4"/>
    <alias field="n_vandalism_a" name="Vandalism reports, earlier period" index="5"/>
    <alias field="n_vandalism_b" name="Vandalism reports, later period" index="6"/>
    <alias field="change_vandalism" name="Vandalism: change in reports (later minus earlier)" index="7"/>
    <alias field="n_graffiti_a" name="Graffiti reports, earlier period" index="8"/>
    <alias field="n_graffiti_b" name="Graffiti reports, later period" index="9"/>
    <alias field="change_graffiti" name="Graffiti: change in reports (later minus earlier)" index="10"/>
    <alias field="n_littering_a" name="Littering reports, earlier period" index="11"/>
    <alias field="n_littering_b" name="Littering reports, later period" index="12"/>
    <alias field="change_littering" name="Littering: change in reports (later minus earlier)" index="13"/>
    <alias field="n_violence_a" name="Violence reports, earlier period" index="14"/>
    <alias field="n_violence_b" name="Violence reports, later period" index="15"/>
    <alias field="change_violence" name="Violence: change in reports (later minus earlier)" index="16"/>
    <alias field="n_theft_a" name="Theft reports, earlier period" index="17"/>
    <alias field="n_theft_b" name="Theft reports, later period" index="18"/>
    <alias field="change_theft" name="Theft: change in reports (later minus earlier)" index="19"/>
    <alias field="n_drugs_a" name="Drugs reports, earlier period" index="20"/>
    <alias field="n_drugs_b" name="Drugs reports, later period" index="21"/>
    <alias field="change_drugs" name="Drugs: change in reports (later minus earlier)" index="22"/>
    <alias field="n_disorder_a" name="Disorder reports, earlier period" index="23"/>
    <alias field="n_disorder_b" name="Disorder reports, later period" index="24"/>
    <alias field="change_disorder" name="Disorder: change in reports (later minus earlier)" index="25"/>
    <alias field="n_fraud_a" name="Fraud reports, earlier period" index="26"/>
    <alias field="n_fraud_b" name="Fraud reports, later period" index="27"/>
    <alias field="change_fraud" name="Fraud: change in reports (later minus earlier)" index="28"/>
    <alias field="n_other_a" name="Other reports, earlier period" index="29"/>
    <alias field="n_other_b" name="Other reports, later period" index="30"/>
    <alias field="change_other" name="Other: change in reports (later minus earlier)" index="31"/>
    <alias field="n_total_a" name="All reports, earlier period" index="32"/>
    <alias field="n_total_b" name="All reports, later period" index="33"/>
    <alias field="change_total" name="All reports: change (later minus earlier)" index="34"/>
    <alias field="lamps" name="Street lamps in the area and its surroundings" index="35"/>
    <alias field="street_length_m" name="Street length in the area and its surroundings (m)" index="36"/>
    <alias field="length_p1_m" name="Street length lit to class P1 (m)" index="37"/>
    <alias field="length_p2_m" name="Street length lit to class P2 (m)" index="38"/>
    <alias field="length_p3_m" name="Street length lit to class P3 (m)" index="39"/>
    <alias field="length_p4_m" name="Street length lit to class P4 (m)" index="40"/>
    <alias field="length_p5_m" name="Street length lit to class P5 (m)" index="41"/>
    <alias field="length_p6_m" name="Street length lit to class P6 (m)" index="42"/>
    <alias field="length_below_p6_m" name="Street length below P6 (darker than any class) (m)" index="43"/>
    <alias field="length_not_assessed_m" name="Street length not assessed (no lamp data) (m)" index="44"/>
    <alias field="dark_stretches" name="Dark stretches touching the area and its surroundings" index="45"/>
    <alias field="dark_length_m" name="Their total length (m)" index="46"/>
    <alias field="longest_dark_m" name="The longest of them (m)" index="47"/>
    <alias field="places" name="Places (street pieces) touching the area and its surroundings" index="48"/>
    <alias field="mean_safety_index" name="Mean safety index of those places (0-100, high = safe)" index="49"/>
    <alias field="mean_vandalism_score" name="Mean vandalism risk score (0-100, high = more risk)" index="50"/>
    <alias field="mean_littering_score" name="Mean littering risk score (0-100, high = more risk)" index="51"/>
    <alias field="mean_visibility_score" name="Mean visibility score (0-100, high = good)" index="52"/>
    <alias field="safety_percentile" name="Share of all places with a lower safety index (%, ties half)" index="53"/>
    <alias field="measures" name="Proposed measures in and around the area" index="54"/>
    <alias field="report_file" name="The area's PDF report (path relative to this GeoPackage's folder)" index="55"/>
  </aliases>
  <defaults>
    <default field="area_id" applyOnUpdate="0" expression=""/>
    <default field="name" applyOnUpdate="0" expression=""/>
    <default field="buffer_m" applyOnUpdate="0" expression=""/>
    <default field="period_a" applyOnUpdate="0" expression=""/>
    <default field="period_b" applyOnUpdate="0" expression=""/>
    <default field="n_vandalism_a" applyOnUpdate="0" expression=""/>
    <default field="n_vandalism_b" applyOnUpdate="0" expression=""/>
    <default field="change_vandalism" applyOnUpdate="0" expression=""/>
    <default field="n_graffiti_a" applyOnUpdate="0" expression=""/>
    <default field="n_graffiti_b" applyOnUpdate="0" expression=""/>
    <default field="change_graffiti" applyOnUpdate="0" expression=""/>
    <default field="n_littering_a" applyOnUpdate="0" expression=""/>
    <default field="n_littering_b" applyOnUpdate="0" expression=""/>
    <default field="change_littering" applyOnUpdate="0" expression=""/>
    <default field="n_violence_a" applyOnUpdate="0" expression=""/>
    <default field="n_violence_b" applyOnUpdate="0" expression=""/>
    <default field="change_violence" applyOnUpdate="0" expression=""/>
    <default field="n_theft_a" applyOnUpdate="0" expression=""/>
    <default field="n_theft_b" applyOnUpdate="0" expression=""/>
    <default field="change_theft" applyOnUpdate="0" expression=""/>
    <default field="n_drugs_a" applyOnUpdate="0" expression=""/>
    <default field="n_drugs_b" applyOnUpdate="0" expression=""/>
    <default field="change_drugs" applyOnUpdate="0" expression=""/>
    <default field="n_disorder_a" applyOnUpdate="0" expression=""/>
    <default field="n_disorder_b" applyOnUpdate="0" expression=""/>
    <default field="change_disorder" applyOnUpdate="0" expression=""/>
    <default field="n_fraud_a" applyOnUpdate="0" expression=""/>
    <default field="n_fraud_b" applyOnUpdate="0" expression=""/>
    <default field="change_fraud" applyOnUpdate="0" expression=""/>
    <default field="n_other_a" applyOnUpdate="0" expression=""/>
    <default field="n_other_b" applyOnUpdate="0" expression=""/>
    <default field="change_other" applyOnUpdate="0" expression=""/>
    <default field="n_total_a" applyOnUpdate="0" expression=""/>
    <default field="n_total_b" applyOnUpdate="0" expression=""/>
    <default field="change_total" applyOnUpdate="0" expression=""/>
    <default field="lamps" applyOnUpdate="0" expression=""/>
    <default field="street_length_m" applyOnUpdate="0" expression=""/>
    <default field="length_p1_m" applyOnUpdate="0" expression=""/>
    <default field="length_p2_m" applyOnUpdate="0" expression=""/>
    <default field="length_p3_m" applyOnUpdate="0" expression=""/>
    <default field="length_p4_m" applyOnUpdate="0" expression=""/>
    <default field="length_p5_m" applyOnUpdate="0" expression=""/>
    <default field="length_p6_m" applyOnUpdate="0" expression=""/>
    <default field="length_below_p6_m" applyOnUpdate="0" expression=""/>
    <default field="length_not_assessed_m" applyOnUpdate="0" expression=""/>
    <default field="dark_stretches" applyOnUpdate="0" expression=""/>
    <default field="dark_length_m" applyOnUpdate="0" expression=""/>
    <default field="longest_dark_m" applyOnUpdate="0" expression=""/>
    <default field="places" applyOnUpdate="0" expression=""/>
    <default field="mean_safety_index" applyOnUpdate="0" expression=""/>
    <default field="mean_vandalism_score" applyOnUpdate="0" expression=""/>
    <default field="mean_littering_score" applyOnUpdate="0" expression=""/>
    <default field="mean_visibility_score" applyOnUpdate="0" expression=""/>
    <default field="safety_percentile" applyOnUpdate="0" expression=""/>
    <default field="measures" applyOnUpdate="0" expression=""/>
    <default field="report_file" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="area_id" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="name" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="buffer_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="period_a" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="period_b" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_vandalism_a" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_vandalism_b" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="change_vandalism" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_graffiti_a" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_graffiti_b" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="change_graffiti" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_littering_a" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_littering_b" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="change_littering" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_violence_a" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_violence_b" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="change_violence" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_theft_a" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_theft_b" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="change_theft" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_drugs_a" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_drugs_b" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="change_drugs" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_disorder_a" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_disorder_b" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="change_disorder" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_fraud_a" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_fraud_b" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="change_fraud" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_other_a" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_other_b" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="change_other" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_total_a" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="n_total_b" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="change_total" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="lamps" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="street_length_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="length_p1_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="length_p2_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="length_p3_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="length_p4_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="length_p5_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="length_p6_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="length_below_p6_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="length_not_assessed_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="dark_stretches" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="dark_length_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="longest_dark_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="places" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="mean_safety_index" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="mean_vandalism_score" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="mean_littering_score" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="mean_visibility_score" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="safety_percentile" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="measures" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="report_file" unique_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="area_id"/>
    <constraint desc="" exp="" field="name"/>
    <constraint desc="" exp="" field="buffer_m"/>
    <constraint desc="" exp="" field="period_a"/>
    <constraint desc="" exp="" field="period_b"/>
    <constraint desc="" exp="" field="n_vandalism_a"/>
    <constraint desc="" exp="" field="n_vandalism_b"/>
    <constraint desc="" exp="" field="change_vandalism"/>
    <constraint desc="" exp="" field="n_graffiti_a"/>
    <constraint desc="" exp="" field="n_graffiti_b"/>
    <constraint desc="" exp="" field="change_graffiti"/>
    <constraint desc="" exp="" field="n_littering_a"/>
    <constraint desc="" exp="" field="n_littering_b"/>
    <constraint desc="" exp="" field="change_littering"/>
    <constraint desc="" exp="" field="n_violence_a"/>
    <constraint desc="" exp="" field="n_violence_b"/>
    <constraint desc="" exp="" field="change_violence"/>
    <constraint desc="" exp="" field="n_theft_a"/>
    <constraint desc="" exp="" field="n_theft_b"/>
    <constraint desc="" exp="" field="change_theft"/>
    <constraint desc="" exp="" field="n_drugs_a"/>
    <constraint desc="" exp="" field="n_drugs_b"/>
    <constraint desc="" exp="" field="change_drugs"/>
    <constraint desc="" exp="" field="n_disorder_a"/>
    <constraint desc="" exp="" field="n_disorder_b"/>
    <constraint desc="" exp="" field="change_disorder"/>
    <constraint desc="" exp="" field="n_fraud_a"/>
    <constraint desc="" exp="" field="n_fraud_b"/>
    <constraint desc="" exp="" field="change_fraud"/>
    <constraint desc="" exp="" field="n_other_a"/>
    <constraint desc="" exp="" field="n_other_b"/>
    <constraint desc="" exp="" field="change_other"/>
    <constraint desc="" exp="" field="n_total_a"/>
    <constraint desc="" exp="" field="n_total_b"/>
    <constraint desc="" exp="" field="change_total"/>
    <constraint desc="" exp="" field="lamps"/>
    <constraint desc="" exp="" field="street_length_m"/>
    <constraint desc="" exp="" field="length_p1_m"/>
    <constraint desc="" exp="" field="length_p2_m"/>
    <constraint desc="" exp="" field="length_p3_m"/>
    <constraint desc="" exp="" field="length_p4_m"/>
    <constraint desc="" exp="" field="length_p5_m"/>
    <constraint desc="" exp="" field="length_p6_m"/>
    <constraint desc="" exp="" field="length_below_p6_m"/>
    <constraint desc="" exp="" field="length_not_assessed_m"/>
    <constraint desc="" exp="" field="dark_stretches"/>
    <constraint desc="" exp="" field="dark_length_m"/>
    <constraint desc="" exp="" field="longest_dark_m"/>
    <constraint desc="" exp="" field="places"/>
    <constraint desc="" exp="" field="mean_safety_index"/>
    <constraint desc="" exp="" field="mean_vandalism_score"/>
    <constraint desc="" exp="" field="mean_littering_score"/>
    <constraint desc="" exp="" field="mean_visibility_score"/>
    <constraint desc="" exp="" field="safety_percentile"/>
    <constraint desc="" exp="" field="measures"/>
    <constraint desc="" exp="" field="report_file"/>
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
