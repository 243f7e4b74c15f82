<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis readOnly="0" version="3.22.16-Białowieża" minScale="1e+08" hasScaleBasedVisibilityFlag="0" maxScale="0" styleCategories="AllStyleCategories">
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
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="scope">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hotspot_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="category">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hour_of_week">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="weekday">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="hour">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="count">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="scope" name="Whole area or one hotspot" index="0"/>
    <alias field="hotspot_id" name="Hotspot id" index="1"/>
    <alias field="category" name="Category" index="2"/>
    <alias field="hour_of_week" name="Hour of the week (0 = Monday 00-01, local time)" index="3"/>
    <alias field="weekday" name="Day of the week" index="4"/>
    <alias field="hour" name="Hour of the day (local time)" index="5"/>
    <alias field="count" name="Reports" index="6"/>
  </aliases>
  <defaults>
    <default field="scope" expression="" applyOnUpdate="0"/>
    <default field="hotspot_id" expression="" applyOnUpdate="0"/>
    <default field="category" expression="" applyOnUpdate="0"/>
    <default field="hour_of_week" expression="" applyOnUpdate="0"/>
    <default field="weekday" expression="" applyOnUpdate="0"/>
    <default field="hour" expression="" applyOnUpdate="0"/>
    <default field="count" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="scope" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hotspot_id" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="category" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hour_of_week" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="weekday" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="hour" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="count" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="scope" desc="" exp=""/>
    <constraint field="hotspot_id" desc="" exp=""/>
    <constraint field="category" desc="" exp=""/>
    <constraint field="hour_of_week" desc="" exp=""/>
    <constraint field="weekday" desc="" exp=""/>
    <constraint field="hour" desc="" exp=""/>
    <constraint field="count" desc="" exp=""/>
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
  <layerGeometryType>4</layerGeometryType>
</qgis>
