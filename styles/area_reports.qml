<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" styleCategories="AllStyleCategories" minScale="100000000" labelsEnabled="1" simplifyAlgorithm="0" simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" simplifyMaxScale="1" readOnly="0" maxScale="0" symbologyReferenceScale="-1" version="3.22.16-Białowieża" simplifyLocal="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationField="" mode="0" endField="" startExpression="" startField="" limitMode="0" durationUnit="min" endExpression="" fixedDuration="0" enabled="0" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 referencescale="-1" type="singleSymbol" enableorderby="0" symbollevels="0" forceraster="0">
    <symbols>
      <symbol clip_to_extent="1" type="fill" name="0" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="0,0,0,0"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="8,48,107,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.8"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="0,0,0,0" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="8,48,107,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.8" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
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
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style textOpacity="1" fontSize="9" previewBkgrdColor="255,255,255,255" fontSizeUnit="Point" fontItalic="0" allowHtml="0" multilineHeight="1" fontFamily="DejaVu LGC Sans" fontLetterSpacing="0" textColor="8,48,107,255" fieldName="name || '\n' || n_total_b || ' reports (' || period_b || ')'" textOrientation="horizontal" useSubstitutions="0" legendString="Aa" fontWordSpacing="0" fontStrikeout="0" blendMode="0" capitalization="0" fontKerning="1" fontUnderline="0" fontWeight="50" namedStyle="" isExpression="1" fontSizeMapUnitScale="3x:0,0,0,0,0,0">
        <families/>
        <text-buffer bufferNoFill="1" bufferDraw="1" bufferSizeUnits="MM" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferSize="1" bufferJoinStyle="128" bufferBlendMode="0" bufferColor="255,255,255,255" bufferOpacity="1"/>
        <text-mask maskType="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskJoinStyle="128" maskSize="1.5" maskEnabled="0" maskSizeUnits="MM" maskOpacity="1" maskedSymbolLayers=""/>
        <background shapeSizeUnit="MM" shapeRadiiY="0" shapeRotationType="0" shapeOffsetUnit="MM" shapeFillColor="255,255,255,255" shapeSVGFile="" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeDraw="0" shapeType="0" shapeOffsetY="0" shapeRotation="0" shapeJoinStyle="64" shapeOffsetX="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeSizeX="0" shapeSizeType="0" shapeBorderWidthUnit="MM" shapeSizeY="0" shapeRadiiX="0" shapeBorderWidth="0" shapeBlendMode="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeBorderColor="128,128,128,255" shapeOpacity="1">
          <symbol clip_to_extent="1" type="fill" name="fillSymbol" alpha="1" force_rhr="0">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" locked="0" pass="0" enabled="1">
              <Option type="Map">
                <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="color" value="255,255,255,255"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="offset" value="0,0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="outline_color" value="128,128,128,255"/>
                <Option type="QString" name="outline_style" value="no"/>
                <Option type="QString" name="outline_width" value="0"/>
                <Option type="QString" name="outline_width_unit" value="MM"/>
                <Option type="QString" name="style" value="solid"/>
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
              <prop v="255,255,255,255" k="color"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="128,128,128,255" k="outline_color"/>
              <prop v="no" k="outline_style"/>
              <prop v="0" k="outline_width"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="solid" k="style"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowOffsetAngle="135" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOpacity="0.69999999999999996" shadowScale="100" shadowUnder="0" shadowBlendMode="6" shadowOffsetUnit="MM" shadowRadiusUnit="MM" shadowRadiusAlphaOnly="0" shadowColor="0,0,0,255" shadowOffsetGlobal="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowDraw="0" shadowRadius="1.5" shadowOffsetDist="1"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format wrapChar="" autoWrapLength="0" placeDirectionSymbol="0" rightDirectionSymbol=">" addDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" decimals="3" multilineAlign="3" plussign="0" reverseDirectionSymbol="0" leftDirectionSymbol="&lt;" formatNumbers="0"/>
      <placement predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" placement="0" overrunDistance="0" overrunDistanceUnit="MM" fitInPolygonOnly="0" maxCurvedCharAngleOut="-25" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" distMapUnitScale="3x:0,0,0,0,0,0" preserveRotation="1" lineAnchorClipping="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" dist="0" polygonPlacementFlags="2" lineAnchorPercent="0.5" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" priority="5" repeatDistanceUnits="MM" placementFlags="10" rotationUnit="AngleDegrees" centroidWhole="0" layerType="UnknownGeometry" centroidInside="0" geometryGenerator="" geometryGeneratorType="PointGeometry" yOffset="0" repeatDistance="0" distUnits="MM" xOffset="0" offsetType="0" quadOffset="4" geometryGeneratorEnabled="0" offsetUnits="MM" maxCurvedCharAngleIn="25" lineAnchorType="0" rotationAngle="0"/>
      <rendering zIndex="0" obstacle="1" scaleMin="0" scaleMax="0" upsidedownLabels="0" obstacleFactor="1" unplacedVisibility="0" drawLabels="1" displayAll="0" limitNumLabels="0" fontMinPixelSize="0" obstacleType="1" labelPerPart="0" fontLimitPixelSize="0" mergeLines="0" minFeatureSize="0" maxNumLabels="2000" fontMaxPixelSize="10000" scaleVisibility="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="anchorPoint" value="pole_of_inaccessibility"/>
          <Option type="int" name="blendMode" value="0"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
          <Option type="bool" name="drawToAllParts" value="false"/>
          <Option type="QString" name="enabled" value="0"/>
          <Option type="QString" name="labelAnchorPoint" value="point_on_exterior"/>
          <Option type="QString" name="lineSymbol" value="&lt;symbol clip_to_extent=&quot;1&quot; type=&quot;line&quot; name=&quot;symbol&quot; alpha=&quot;1&quot; force_rhr=&quot;0&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; locked=&quot;0&quot; pass=&quot;0&quot; enabled=&quot;1&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option type="double" name="minLength" value="0"/>
          <Option type="QString" name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="minLengthUnit" value="MM"/>
          <Option type="double" name="offsetFromAnchor" value="0"/>
          <Option type="QString" name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromAnchorUnit" value="MM"/>
          <Option type="double" name="offsetFromLabel" value="0"/>
          <Option type="QString" name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromLabelUnit" value="MM"/>
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
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
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
    <field configurationFlags="None" name="measures_done">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="measures_in_progress">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="survey_area">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="survey_year">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="survey_index">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="survey_previous_year">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="survey_change">
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
    <alias index="0" name="Area id" field="area_id"/>
    <alias index="1" name="Name of the area or property" field="name"/>
    <alias index="2" name="Surroundings counted with the area (m)" field="buffer_m"/>
    <alias index="3" name="Earlier period (first and last day)" field="period_a"/>
    <alias index="4" name="Later period (first and last day)" field="period_b"/>
    <alias index="5" name="Vandalism reports, earlier period" field="n_vandalism_a"/>
    <alias index="6" name="Vandalism reports, later period" field="n_vandalism_b"/>
    <alias index="7" name="Vandalism: change in reports (later minus earlier)" field="change_vandalism"/>
    <alias index="8" name="Graffiti reports, earlier period" field="n_graffiti_a"/>
    <alias index="9" name="Graffiti reports, later period" field="n_graffiti_b"/>
    <alias index="10" name="Graffiti: change in reports (later minus earlier)" field="change_graffiti"/>
    <alias index="11" name="Littering reports, earlier period" field="n_littering_a"/>
    <alias index="12" name="Littering reports, later period" field="n_littering_b"/>
    <alias index="13" name="Littering: change in reports (later minus earlier)" field="change_littering"/>
    <alias index="14" name="Violence reports, earlier period" field="n_violence_a"/>
    <alias index="15" name="Violence reports, later period" field="n_violence_b"/>
    <alias index="16" name="Violence: change in reports (later minus earlier)" field="change_violence"/>
    <alias index="17" name="Theft reports, earlier period" field="n_theft_a"/>
    <alias index="18" name="Theft reports, later period" field="n_theft_b"/>
    <alias index="19" name="Theft: change in reports (later minus earlier)" field="change_theft"/>
    <alias index="20" name="Drugs reports, earlier period" field="n_drugs_a"/>
    <alias index="21" name="Drugs reports, later period" field="n_drugs_b"/>
    <alias index="22" name="Drugs: change in reports (later minus earlier)" field="change_drugs"/>
    <alias index="23" name="Disorder reports, earlier period" field="n_disorder_a"/>
    <alias index="24" name="Disorder reports, later period" field="n_disorder_b"/>
    <alias index="25" name="Disorder: change in reports (later minus earlier)" field="change_disorder"/>
    <alias index="26" name="Fraud reports, earlier period" field="n_fraud_a"/>
    <alias index="27" name="Fraud reports, later period" field="n_fraud_b"/>
    <alias index="28" name="Fraud: change in reports (later minus earlier)" field="change_fraud"/>
    <alias index="29" name="Other reports, earlier period" field="n_other_a"/>
    <alias index="30" name="Other reports, later period" field="n_other_b"/>
    <alias index="31" name="Other: change in reports (later minus earlier)" field="change_other"/>
    <alias index="32" name="All reports, earlier period" field="n_total_a"/>
    <alias index="33" name="All reports, later period" field="n_total_b"/>
    <alias index="34" name="All reports: change (later minus earlier)" field="change_total"/>
    <alias index="35" name="Street lamps in the area and its surroundings" field="lamps"/>
    <alias index="36" name="Street length in the area and its surroundings (m)" field="street_length_m"/>
    <alias index="37" name="Street length lit to class P1 (m)" field="length_p1_m"/>
    <alias index="38" name="Street length lit to class P2 (m)" field="length_p2_m"/>
    <alias index="39" name="Street length lit to class P3 (m)" field="length_p3_m"/>
    <alias index="40" name="Street length lit to class P4 (m)" field="length_p4_m"/>
    <alias index="41" name="Street length lit to class P5 (m)" field="length_p5_m"/>
    <alias index="42" name="Street length lit to class P6 (m)" field="length_p6_m"/>
    <alias index="43" name="Street length below P6 (darker than any class) (m)" field="length_below_p6_m"/>
    <alias index="44" name="Street length not assessed (no lamp data) (m)" field="length_not_assessed_m"/>
    <alias index="45" name="Dark stretches touching the area and its surroundings" field="dark_stretches"/>
    <alias index="46" name="Their total length (m)" field="dark_length_m"/>
    <alias index="47" name="The longest of them (m)" field="longest_dark_m"/>
    <alias index="48" name="Places (street pieces) touching the area and its surroundings" field="places"/>
    <alias index="49" name="Mean safety index of those places (0-100, high = safe)" field="mean_safety_index"/>
    <alias index="50" name="Mean vandalism risk score (0-100, high = more risk)" field="mean_vandalism_score"/>
    <alias index="51" name="Mean littering risk score (0-100, high = more risk)" field="mean_littering_score"/>
    <alias index="52" name="Mean visibility score (0-100, high = good)" field="mean_visibility_score"/>
    <alias index="53" name="Share of all places with a lower safety index (%, ties half)" field="safety_percentile"/>
    <alias index="54" name="Proposed measures in and around the area" field="measures"/>
    <alias index="55" name="Measures done in and around the area (genomförd, avslutad)" field="measures_done"/>
    <alias index="56" name="Measures decided or under way in and around the area (beslutad, pågår)" field="measures_in_progress"/>
    <alias index="57" name="Safety survey area overlapping the area most" field="survey_area"/>
    <alias index="58" name="Year of its latest safety survey" field="survey_year"/>
    <alias index="59" name="Safety survey index of that year" field="survey_index"/>
    <alias index="60" name="Year of the survey before it" field="survey_previous_year"/>
    <alias index="61" name="Change of the index since that survey" field="survey_change"/>
    <alias index="62" name="The area's PDF report (path relative to this GeoPackage's folder)" field="report_file"/>
  </aliases>
  <defaults>
    <default field="area_id" expression="" applyOnUpdate="0"/>
    <default field="name" expression="" applyOnUpdate="0"/>
    <default field="buffer_m" expression="" applyOnUpdate="0"/>
    <default field="period_a" expression="" applyOnUpdate="0"/>
    <default field="period_b" expression="" applyOnUpdate="0"/>
    <default field="n_vandalism_a" expression="" applyOnUpdate="0"/>
    <default field="n_vandalism_b" expression="" applyOnUpdate="0"/>
    <default field="change_vandalism" expression="" applyOnUpdate="0"/>
    <default field="n_graffiti_a" expression="" applyOnUpdate="0"/>
    <default field="n_graffiti_b" expression="" applyOnUpdate="0"/>
    <default field="change_graffiti" expression="" applyOnUpdate="0"/>
    <default field="n_littering_a" expression="" applyOnUpdate="0"/>
    <default field="n_littering_b" expression="" applyOnUpdate="0"/>
    <default field="change_littering" expression="" applyOnUpdate="0"/>
    <default field="n_violence_a" expression="" applyOnUpdate="0"/>
    <default field="n_violence_b" expression="" applyOnUpdate="0"/>
    <default field="change_violence" expression="" applyOnUpdate="0"/>
    <default field="n_theft_a" expression="" applyOnUpdate="0"/>
    <default field="n_theft_b" expression="" applyOnUpdate="0"/>
    <default field="change_theft" expression="" applyOnUpdate="0"/>
    <default field="n_drugs_a" expression="" applyOnUpdate="0"/>
    <default field="n_drugs_b" expression="" applyOnUpdate="0"/>
    <default field="change_drugs" expression="" applyOnUpdate="0"/>
    <default field="n_disorder_a" expression="" applyOnUpdate="0"/>
    <default field="n_disorder_b" expression="" applyOnUpdate="0"/>
    <default field="change_disorder" expression="" applyOnUpdate="0"/>
    <default field="n_fraud_a" expression="" applyOnUpdate="0"/>
    <default field="n_fraud_b" expression="" applyOnUpdate="0"/>
    <default field="change_fraud" expression="" applyOnUpdate="0"/>
    <default field="n_other_a" expression="" applyOnUpdate="0"/>
    <default field="n_other_b" expression="" applyOnUpdate="0"/>
    <default field="change_other" expression="" applyOnUpdate="0"/>
    <default field="n_total_a" expression="" applyOnUpdate="0"/>
    <default field="n_total_b" expression="" applyOnUpdate="0"/>
    <default field="change_total" expression="" applyOnUpdate="0"/>
    <default field="lamps" expression="" applyOnUpdate="0"/>
    <default field="street_length_m" expression="" applyOnUpdate="0"/>
    <default field="length_p1_m" expression="" applyOnUpdate="0"/>
    <default field="length_p2_m" expression="" applyOnUpdate="0"/>
    <default field="length_p3_m" expression="" applyOnUpdate="0"/>
    <default field="length_p4_m" expression="" applyOnUpdate="0"/>
    <default field="length_p5_m" expression="" applyOnUpdate="0"/>
    <default field="length_p6_m" expression="" applyOnUpdate="0"/>
    <default field="length_below_p6_m" expression="" applyOnUpdate="0"/>
    <default field="length_not_assessed_m" expression="" applyOnUpdate="0"/>
    <default field="dark_stretches" expression="" applyOnUpdate="0"/>
    <default field="dark_length_m" expression="" applyOnUpdate="0"/>
    <default field="longest_dark_m" expression="" applyOnUpdate="0"/>
    <default field="places" expression="" applyOnUpdate="0"/>
    <default field="mean_safety_index" expression="" applyOnUpdate="0"/>
    <default field="mean_vandalism_score" expression="" applyOnUpdate="0"/>
    <default field="mean_littering_score" expression="" applyOnUpdate="0"/>
    <default field="mean_visibility_score" expression="" applyOnUpdate="0"/>
    <default field="safety_percentile" expression="" applyOnUpdate="0"/>
    <default field="measures" expression="" applyOnUpdate="0"/>
    <default field="measures_done" expression="" applyOnUpdate="0"/>
    <default field="measures_in_progress" expression="" applyOnUpdate="0"/>
    <default field="survey_area" expression="" applyOnUpdate="0"/>
    <default field="survey_year" expression="" applyOnUpdate="0"/>
    <default field="survey_index" expression="" applyOnUpdate="0"/>
    <default field="survey_previous_year" expression="" applyOnUpdate="0"/>
    <default field="survey_change" expression="" applyOnUpdate="0"/>
    <default field="report_file" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="area_id"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="name"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="buffer_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="period_a"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="period_b"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_vandalism_a"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_vandalism_b"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="change_vandalism"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_graffiti_a"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_graffiti_b"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="change_graffiti"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_littering_a"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_littering_b"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="change_littering"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_violence_a"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_violence_b"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="change_violence"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_theft_a"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_theft_b"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="change_theft"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_drugs_a"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_drugs_b"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="change_drugs"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_disorder_a"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_disorder_b"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="change_disorder"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_fraud_a"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_fraud_b"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="change_fraud"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_other_a"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_other_b"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="change_other"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_total_a"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="n_total_b"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="change_total"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="lamps"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="street_length_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="length_p1_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="length_p2_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="length_p3_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="length_p4_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="length_p5_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="length_p6_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="length_below_p6_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="length_not_assessed_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="dark_stretches"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="dark_length_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="longest_dark_m"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="places"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="mean_safety_index"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="mean_vandalism_score"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="mean_littering_score"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="mean_visibility_score"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="safety_percentile"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="measures"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="measures_done"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="measures_in_progress"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="survey_area"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="survey_year"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="survey_index"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="survey_previous_year"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="survey_change"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="report_file"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="area_id" exp=""/>
    <constraint desc="" field="name" exp=""/>
    <constraint desc="" field="buffer_m" exp=""/>
    <constraint desc="" field="period_a" exp=""/>
    <constraint desc="" field="period_b" exp=""/>
    <constraint desc="" field="n_vandalism_a" exp=""/>
    <constraint desc="" field="n_vandalism_b" exp=""/>
    <constraint desc="" field="change_vandalism" exp=""/>
    <constraint desc="" field="n_graffiti_a" exp=""/>
    <constraint desc="" field="n_graffiti_b" exp=""/>
    <constraint desc="" field="change_graffiti" exp=""/>
    <constraint desc="" field="n_littering_a" exp=""/>
    <constraint desc="" field="n_littering_b" exp=""/>
    <constraint desc="" field="change_littering" exp=""/>
    <constraint desc="" field="n_violence_a" exp=""/>
    <constraint desc="" field="n_violence_b" exp=""/>
    <constraint desc="" field="change_violence" exp=""/>
    <constraint desc="" field="n_theft_a" exp=""/>
    <constraint desc="" field="n_theft_b" exp=""/>
    <constraint desc="" field="change_theft" exp=""/>
    <constraint desc="" field="n_drugs_a" exp=""/>
    <constraint desc="" field="n_drugs_b" exp=""/>
    <constraint desc="" field="change_drugs" exp=""/>
    <constraint desc="" field="n_disorder_a" exp=""/>
    <constraint desc="" field="n_disorder_b" exp=""/>
    <constraint desc="" field="change_disorder" exp=""/>
    <constraint desc="" field="n_fraud_a" exp=""/>
    <constraint desc="" field="n_fraud_b" exp=""/>
    <constraint desc="" field="change_fraud" exp=""/>
    <constraint desc="" field="n_other_a" exp=""/>
    <constraint desc="" field="n_other_b" exp=""/>
    <constraint desc="" field="change_other" exp=""/>
    <constraint desc="" field="n_total_a" exp=""/>
    <constraint desc="" field="n_total_b" exp=""/>
    <constraint desc="" field="change_total" exp=""/>
    <constraint desc="" field="lamps" exp=""/>
    <constraint desc="" field="street_length_m" exp=""/>
    <constraint desc="" field="length_p1_m" exp=""/>
    <constraint desc="" field="length_p2_m" exp=""/>
    <constraint desc="" field="length_p3_m" exp=""/>
    <constraint desc="" field="length_p4_m" exp=""/>
    <constraint desc="" field="length_p5_m" exp=""/>
    <constraint desc="" field="length_p6_m" exp=""/>
    <constraint desc="" field="length_below_p6_m" exp=""/>
    <constraint desc="" field="length_not_assessed_m" exp=""/>
    <constraint desc="" field="dark_stretches" exp=""/>
    <constraint desc="" field="dark_length_m" exp=""/>
    <constraint desc="" field="longest_dark_m" exp=""/>
    <constraint desc="" field="places" exp=""/>
    <constraint desc="" field="mean_safety_index" exp=""/>
    <constraint desc="" field="mean_vandalism_score" exp=""/>
    <constraint desc="" field="mean_littering_score" exp=""/>
    <constraint desc="" field="mean_visibility_score" exp=""/>
    <constraint desc="" field="safety_percentile" exp=""/>
    <constraint desc="" field="measures" exp=""/>
    <constraint desc="" field="measures_done" exp=""/>
    <constraint desc="" field="measures_in_progress" exp=""/>
    <constraint desc="" field="survey_area" exp=""/>
    <constraint desc="" field="survey_year" exp=""/>
    <constraint desc="" field="survey_index" exp=""/>
    <constraint desc="" field="survey_previous_year" exp=""/>
    <constraint desc="" field="survey_change" exp=""/>
    <constraint desc="" field="report_file" exp=""/>
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
