<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" minScale="1e+08" styleCategories="AllStyleCategories" version="3.22.16-Białowieża" readOnly="0" maxScale="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal enabled="0" durationUnit="min" endField="" durationField="" endExpression="" mode="0" startExpression="" fixedDuration="0" limitMode="0" startField="" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="category" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="space_from_m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="space_to_m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="time_from_days" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="time_to_days" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="observed" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="expected" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ratio" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="p_value" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="Category" index="0" field="category"/>
    <alias name="Distance apart from (m)" index="1" field="space_from_m"/>
    <alias name="Distance apart up to (m)" index="2" field="space_to_m"/>
    <alias name="Days apart from" index="3" field="time_from_days"/>
    <alias name="Days apart up to" index="4" field="time_to_days"/>
    <alias name="Pairs of reports observed" index="5" field="observed"/>
    <alias name="Pairs expected with no space-time interaction" index="6" field="expected"/>
    <alias name="Knox ratio (observed / expected)" index="7" field="ratio"/>
    <alias name="Monte Carlo p-value" index="8" field="p_value"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="category"/>
    <default expression="" applyOnUpdate="0" field="space_from_m"/>
    <default expression="" applyOnUpdate="0" field="space_to_m"/>
    <default expression="" applyOnUpdate="0" field="time_from_days"/>
    <default expression="" applyOnUpdate="0" field="time_to_days"/>
    <default expression="" applyOnUpdate="0" field="observed"/>
    <default expression="" applyOnUpdate="0" field="expected"/>
    <default expression="" applyOnUpdate="0" field="ratio"/>
    <default expression="" applyOnUpdate="0" field="p_value"/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" field="category" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="space_from_m" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="space_to_m" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="time_from_days" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="time_to_days" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="observed" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="expected" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ratio" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="p_value" unique_strength="0" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="category"/>
    <constraint exp="" desc="" field="space_from_m"/>
    <constraint exp="" desc="" field="space_to_m"/>
    <constraint exp="" desc="" field="time_from_days"/>
    <constraint exp="" desc="" field="time_to_days"/>
    <constraint exp="" desc="" field="observed"/>
    <constraint exp="" desc="" field="expected"/>
    <constraint exp="" desc="" field="ratio"/>
    <constraint exp="" desc="" field="p_value"/>
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
