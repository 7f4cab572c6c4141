<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generated</translation>
    </message>
</context>
<context>
    <name>vigie</name>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Try &apos;vigie --help&apos;.</source>
        <translation>Try &apos;vigie --help&apos;.</translation>
    </message>
    <message>
        <source>no territory to render</source>
        <translation>no territory to render</translation>
    </message>
    <message>
        <source>Invalid image size %1×%2 or resolution %3 dpi.</source>
        <translation>Invalid image size %1×%2 or resolution %3 dpi.</translation>
    </message>
    <message>
        <source>Nothing to render: no visible layer or an empty extent.</source>
        <translation>Nothing to render: no visible layer or an empty extent.</translation>
    </message>
    <message>
        <source>The QGIS renderer produced no image.</source>
        <translation>The QGIS renderer produced no image.</translation>
    </message>
    <message>
        <source>QGIS cannot start before its application object exists.</source>
        <translation>QGIS cannot start before its application object exists.</translation>
    </message>
    <message>
        <source>The QGIS OGR data provider is not available (QGIS prefix %1, plugins %2).</source>
        <translation>The QGIS OGR data provider is not available (QGIS prefix %1, plugins %2).</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>style of layer %1, line %2: %3</source>
        <translation>style of layer %1, line %2: %3</translation>
    </message>
    <message>
        <source>style of layer %1: %2</source>
        <translation>style of layer %1: %2</translation>
    </message>
    <message>
        <source>%1: the territory CRS &apos;%2&apos; is not known to PROJ.</source>
        <translation>%1: the territory CRS &apos;%2&apos; is not known to PROJ.</translation>
    </message>
    <message>
        <source>%1: layer %2 (table %3) cannot be read by QGIS: %4</source>
        <translation>%1: layer %2 (table %3) cannot be read by QGIS: %4</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>unknown language &quot;%1&quot; (available: %2)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs at least %2 values, found %3</source>
        <translation>%1 needs at least %2 values, found %3</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; for %2 of %3</source>
        <translation>bad number &quot;%1&quot; for %2 of %3</translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot;</source>
        <translation>duplicate node id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate link id &quot;%1&quot;</source>
        <translation>duplicate link id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; refers to unknown node &quot;%2&quot;</source>
        <translation>link &quot;%1&quot; refers to unknown node &quot;%2&quot;</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; starts and ends at the same node &quot;%2&quot;</source>
        <translation>link &quot;%1&quot; starts and ends at the same node &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a junction</source>
        <translation>a junction</translation>
    </message>
    <message>
        <source>a reservoir</source>
        <translation>a reservoir</translation>
    </message>
    <message>
        <source>a tank</source>
        <translation>a tank</translation>
    </message>
    <message>
        <source>tank &quot;%1&quot;: overflow must be YES or NO, not &quot;%2&quot;</source>
        <translation>tank &quot;%1&quot;: overflow must be YES or NO, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>tank &quot;%1&quot;: levels must satisfy minimum &lt;= initial &lt;= maximum</source>
        <translation>tank &quot;%1&quot;: levels must satisfy minimum &lt;= initial &lt;= maximum</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>a pipe</translation>
    </message>
    <message>
        <source>pipe &quot;%1&quot;: unknown status &quot;%2&quot; (expected OPEN, CLOSED or CV)</source>
        <translation>pipe &quot;%1&quot;: unknown status &quot;%2&quot; (expected OPEN, CLOSED or CV)</translation>
    </message>
    <message>
        <source>pipe &quot;%1&quot;: length, diameter and roughness must be positive</source>
        <translation>pipe &quot;%1&quot;: length, diameter and roughness must be positive</translation>
    </message>
    <message>
        <source>a pump</source>
        <translation>a pump</translation>
    </message>
    <message>
        <source>pump &quot;%1&quot;: keyword %2 has no value</source>
        <translation>pump &quot;%1&quot;: keyword %2 has no value</translation>
    </message>
    <message>
        <source>pump &quot;%1&quot;: unknown keyword &quot;%2&quot; (expected HEAD, POWER, SPEED or PATTERN)</source>
        <translation>pump &quot;%1&quot;: unknown keyword &quot;%2&quot; (expected HEAD, POWER, SPEED or PATTERN)</translation>
    </message>
    <message>
        <source>pump &quot;%1&quot; has neither a HEAD curve nor a POWER</source>
        <translation>pump &quot;%1&quot; has neither a HEAD curve nor a POWER</translation>
    </message>
    <message>
        <source>a valve</source>
        <translation>a valve</translation>
    </message>
    <message>
        <source>valve &quot;%1&quot;: unknown type &quot;%2&quot; (expected PRV, PSV, PBV, FCV, TCV or GPV)</source>
        <translation>valve &quot;%1&quot;: unknown type &quot;%2&quot; (expected PRV, PSV, PBV, FCV, TCV or GPV)</translation>
    </message>
    <message>
        <source>a coordinate</source>
        <translation>a coordinate</translation>
    </message>
    <message>
        <source>coordinates given for unknown node &quot;%1&quot;</source>
        <translation>coordinates given for unknown node &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate coordinates for node &quot;%1&quot;</source>
        <translation>duplicate coordinates for node &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a vertex</source>
        <translation>a vertex</translation>
    </message>
    <message>
        <source>vertex given for unknown link &quot;%1&quot;</source>
        <translation>vertex given for unknown link &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown flow units &quot;%1&quot; (expected CFS, GPM, MGD, IMGD, AFD, LPS, LPM, MLD, CMH or CMD)</source>
        <translation>unknown flow units &quot;%1&quot; (expected CFS, GPM, MGD, IMGD, AFD, LPS, LPM, MLD, CMH or CMD)</translation>
    </message>
    <message>
        <source>unknown head-loss formula &quot;%1&quot; (expected H-W, D-W or C-M)</source>
        <translation>unknown head-loss formula &quot;%1&quot; (expected H-W, D-W or C-M)</translation>
    </message>
    <message>
        <source>section header &quot;%1&quot; has no closing bracket</source>
        <translation>section header &quot;%1&quot; has no closing bracket</translation>
    </message>
    <message>
        <source>data outside of any section: &quot;%1&quot;</source>
        <translation>data outside of any section: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing section [JUNCTIONS] (no [JUNCTIONS], [RESERVOIRS] or [TANKS]: the network has no node)</source>
        <translation>missing section [JUNCTIONS] (no [JUNCTIONS], [RESERVOIRS] or [TANKS]: the network has no node)</translation>
    </message>
    <message>
        <source>missing section [PIPES] (no [PIPES], [PUMPS] or [VALVES]: the network has no link)</source>
        <translation>missing section [PIPES] (no [PIPES], [PUMPS] or [VALVES]: the network has no link)</translation>
    </message>
    <message>
        <source>the network has no node</source>
        <translation>the network has no node</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: not an EPANET input file (binary content)</source>
        <translation>%1: not an EPANET input file (binary content)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: no transformation to %2: %3</source>
        <translation>%1: no transformation to %2: %3</translation>
    </message>
    <message>
        <source>%1, feature %2: reprojection failed: %3</source>
        <translation>%1, feature %2: reprojection failed: %3</translation>
    </message>
    <message>
        <source>%1, feature %2: %3</source>
        <translation>%1, feature %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2: %3 columns, expected %4</source>
        <translation>%1, line %2: %3 columns, expected %4</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1: empty file</translation>
    </message>
    <message>
        <source>%1: column %2 is missing</source>
        <translation>%1: column %2 is missing</translation>
    </message>
    <message>
        <source>montpellier: commune boundary</source>
        <translation>montpellier: commune boundary</translation>
    </message>
    <message>
        <source>montpellier: districts</source>
        <translation>montpellier: districts</translation>
    </message>
    <message>
        <source>montpellier: traffic counts</source>
        <translation>montpellier: traffic counts</translation>
    </message>
    <message>
        <source>montpellier: streets</source>
        <translation>montpellier: streets</translation>
    </message>
    <message>
        <source>montpellier: %1 streets, %2 with a traffic count</source>
        <translation>montpellier: %1 streets, %2 with a traffic count</translation>
    </message>
    <message>
        <source>finistere: communes</source>
        <translation>finistere: communes</translation>
    </message>
    <message>
        <source>unknown demo &apos;%1&apos; (known: %2)</source>
        <translation>unknown demo &apos;%1&apos; (known: %2)</translation>
    </message>
    <message>
        <source>%1 already exists; a demo is never built over an existing file</source>
        <translation>%1 already exists; a demo is never built over an existing file</translation>
    </message>
    <message>
        <source>demo source folder %1 does not exist</source>
        <translation>demo source folder %1 does not exist</translation>
    </message>
    <message>
        <source>Demo territory built from the Montpellier open data (Licence Ouverte)</source>
        <translation>Demo territory built from the Montpellier open data (Licence Ouverte)</translation>
    </message>
    <message>
        <source>no commune in the Finistère source</source>
        <translation>no commune in the Finistère source</translation>
    </message>
    <message>
        <source>Demo territory of the 279 communes of the Finistère département</source>
        <translation>Demo territory of the 279 communes of the Finistère département</translation>
    </message>
    <message>
        <source>building demo %1 into %2</source>
        <translation>building demo %1 into %2</translation>
    </message>
    <message>
        <source>%1: assets of %2</source>
        <translation>%1: assets of %2</translation>
    </message>
    <message>
        <source>plugin %1: %2</source>
        <translation>plugin %1: %2</translation>
    </message>
    <message>
        <source>demo build failed</source>
        <translation>demo build failed</translation>
    </message>
    <message>
        <source>demo %1 not built: %2</source>
        <translation>demo %1 not built: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the built demo into place</source>
        <translation>%1: cannot move the built demo into place</translation>
    </message>
    <message>
        <source>demo %1 built: %2</source>
        <translation>demo %1 built: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1: not a vector data source GDAL can read: %2</source>
        <translation>%1: not a vector data source GDAL can read: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>row %1, field &apos;%2&apos;: %3</source>
        <translation>row %1, field &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 is open read-only</translation>
    </message>
    <message>
        <source>the territory has no layer &apos;%1&apos;</source>
        <translation>the territory has no layer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the territory has no table %1</source>
        <translation>the territory has no table %1</translation>
    </message>
    <message>
        <source>%1 has no layer &apos;%2&apos; (layers: %3)</source>
        <translation>%1 has no layer &apos;%2&apos; (layers: %3)</translation>
    </message>
    <message>
        <source>field map: %1 has no field &apos;%2&apos; (fields: %3)</source>
        <translation>field map: %1 has no field &apos;%2&apos; (fields: %3)</translation>
    </message>
    <message>
        <source>field map: layer %1 has no field &apos;%2&apos;</source>
        <translation>field map: layer %1 has no field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field map: field &apos;%1&apos; of layer %2 is mapped twice</source>
        <translation>field map: field &apos;%1&apos; of layer %2 is mapped twice</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of layer %2 is required but no source field maps to it</source>
        <translation>field &apos;%1&apos; of layer %2 is required but no source field maps to it</translation>
    </message>
    <message>
        <source>territory CRS: %1</source>
        <translation>territory CRS: %1</translation>
    </message>
    <message>
        <source>source CRS: %1</source>
        <translation>source CRS: %1</translation>
    </message>
    <message>
        <source>no coordinate transformation from the source CRS to %1: %2</source>
        <translation>no coordinate transformation from the source CRS to %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: cannot start a transaction: %2</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>no geometry</translation>
    </message>
    <message>
        <source>reprojection failed: %1</source>
        <translation>reprojection failed: %1</translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation>invalid geometry</translation>
    </message>
    <message>
        <source>invalid geometry: %1</source>
        <translation>invalid geometry: %1</translation>
    </message>
    <message>
        <source>import of %1 cancelled at row %2; nothing imported</source>
        <translation>import of %1 cancelled at row %2; nothing imported</translation>
    </message>
    <message>
        <source>%1 more issues not listed</source>
        <translation>%1 more issues not listed</translation>
    </message>
    <message>
        <source>%1: %2 issues, nothing imported (first: %3)</source>
        <translation>%1: %2 issues, nothing imported (first: %3)</translation>
    </message>
    <message>
        <source>import of %1 cancelled; nothing imported</source>
        <translation>import of %1 cancelled; nothing imported</translation>
    </message>
    <message>
        <source>%1: cannot commit: %2</source>
        <translation>%1: cannot commit: %2</translation>
    </message>
    <message>
        <source>imported %1 features from %2 into %3 (%4 skipped)</source>
        <translation>imported %1 features from %2 into %3 (%4 skipped)</translation>
    </message>
    <message>
        <source>%1: unsupported export format &apos;%2&apos; (use .gpkg, .geojson or .shp)</source>
        <translation>%1: unsupported export format &apos;%2&apos; (use .gpkg, .geojson or .shp)</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: the folder does not exist</translation>
    </message>
    <message>
        <source>%1: cannot export a layer over its own territory</source>
        <translation>%1: cannot export a layer over its own territory</translation>
    </message>
    <message>
        <source>%1: export failed: %2</source>
        <translation>%1: export failed: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the export into place: %2</source>
        <translation>%1: cannot move the export into place: %2</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>exported %1 to %2</translation>
    </message>
    <message>
        <source>unknown GDAL error</source>
        <translation>unknown GDAL error</translation>
    </message>
    <message>
        <source>no CRS given</source>
        <translation>no CRS given</translation>
    </message>
    <message>
        <source>invalid CRS &apos;%1&apos;: %2</source>
        <translation>invalid CRS &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot create layer %1: %2</source>
        <translation>cannot create layer %1: %2</translation>
    </message>
    <message>
        <source>cannot create field %1 of layer %2: %3</source>
        <translation>cannot create field %1 of layer %2: %3</translation>
    </message>
    <message>
        <source>geometry type %1 does not fit a %2 layer</source>
        <translation>geometry type %1 does not fit a %2 layer</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>&apos;%1&apos; is not an integer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of the 32-bit integer range</source>
        <translation>&apos;%1&apos; is out of the 32-bit integer range</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean (true/false, yes/no, 1/0)</source>
        <translation>&apos;%1&apos; is not a boolean (true/false, yes/no, 1/0)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (ISO 8601)</source>
        <translation>&apos;%1&apos; is not a date and time (ISO 8601)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>&apos;%1&apos; is longer than %2 characters</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage or corrupt: %2</source>
        <translation>%1: not a GeoPackage or corrupt: %2</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>integrity check: %1</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>integrity check failed</translation>
    </message>
    <message>
        <source>no GeoPackage tables (gpkg_contents, gpkg_spatial_ref_sys)</source>
        <translation>no GeoPackage tables (gpkg_contents, gpkg_spatial_ref_sys)</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Vigie territory</source>
        <translation>%1 is a GeoPackage but not a Vigie territory</translation>
    </message>
    <message>
        <source>%1: vigie_schema has no row for component &apos;%2&apos;</source>
        <translation>%1: vigie_schema has no row for component &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: component &apos;%2&apos; (schema %3) has no loaded plugin; its layers are kept but not shown</source>
        <translation>%1: component &apos;%2&apos; (schema %3) has no loaded plugin; its layers are kept but not shown</translation>
    </message>
    <message>
        <source>%1 was written by a newer Vigie (component %2 schema %3, this version supports %4)</source>
        <translation>%1 was written by a newer Vigie (component %2 schema %3, this version supports %4)</translation>
    </message>
    <message>
        <source>SQL failed (%1): %2</source>
        <translation>SQL failed (%1): %2</translation>
    </message>
    <message>
        <source>%1: cannot open the GeoPackage: %2</source>
        <translation>%1: cannot open the GeoPackage: %2</translation>
    </message>
    <message>
        <source>plugin %1 declares schema %2 but has no migration to version %3</source>
        <translation>plugin %1 declares schema %2 but has no migration to version %3</translation>
    </message>
    <message>
        <source>migration of %1 to schema %2 (%3) failed: %4</source>
        <translation>migration of %1 to schema %2 (%3) failed: %4</translation>
    </message>
    <message>
        <source>%1: migrated %2 to schema %3 (%4)</source>
        <translation>%1: migrated %2 to schema %3 (%4)</translation>
    </message>
    <message>
        <source>%1: added the layers of %2</source>
        <translation>%1: added the layers of %2</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>cannot commit: %1</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Streets</translation>
    </message>
    <message>
        <source>Street segment id</source>
        <translation>Street segment id</translation>
    </message>
    <message>
        <source>Street code</source>
        <translation>Street code</translation>
    </message>
    <message>
        <source>Road type</source>
        <translation>Road type</translation>
    </message>
    <message>
        <source>One way</source>
        <translation>One way</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <source>Speed limit (km/h)</source>
        <translation>Speed limit (km/h)</translation>
    </message>
    <message>
        <source>Traffic (vehicles/day)</source>
        <translation>Traffic (vehicles/day)</translation>
    </message>
    <message>
        <source>Morning peak hour (vehicles)</source>
        <translation>Morning peak hour (vehicles)</translation>
    </message>
    <message>
        <source>Evening peak hour (vehicles)</source>
        <translation>Evening peak hour (vehicles)</translation>
    </message>
    <message>
        <source>Count year</source>
        <translation>Count year</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>Traffic source</translation>
    </message>
    <message>
        <source>%1 already exists; a territory is never overwritten</source>
        <translation>%1 already exists; a territory is never overwritten</translation>
    </message>
    <message>
        <source>the GDAL GeoPackage driver is not available</source>
        <translation>the GDAL GeoPackage driver is not available</translation>
    </message>
    <message>
        <source>%1: cannot create the GeoPackage: %2</source>
        <translation>%1: cannot create the GeoPackage: %2</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>layer %1 of plugin %2 is declared twice</source>
        <translation>layer %1 of plugin %2 is declared twice</translation>
    </message>
    <message>
        <source>created territory %1 (%2)</source>
        <translation>created territory %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>%1 opened read-only: schema migrations and new plugin layers are not applied</source>
        <translation>%1 opened read-only: schema migrations and new plugin layers are not applied</translation>
    </message>
    <message>
        <source>%1: base layer %2 is missing</source>
        <translation>%1: base layer %2 is missing</translation>
    </message>
    <message>
        <source>vigie_territory: metadata &apos;%1&apos; is missing</source>
        <translation>vigie_territory: metadata &apos;%1&apos; is missing</translation>
    </message>
    <message>
        <source>vigie_territory: %1</source>
        <translation>vigie_territory: %1</translation>
    </message>
    <message>
        <source>layer %1: missing (table %2)</source>
        <translation>layer %1: missing (table %2)</translation>
    </message>
    <message>
        <source>layer %1: geometry type %2, expected %3</source>
        <translation>layer %1: geometry type %2, expected %3</translation>
    </message>
    <message>
        <source>layer %1: field &apos;%2&apos; is missing</source>
        <translation>layer %1: field &apos;%2&apos; is missing</translation>
    </message>
    <message>
        <source>layer %1: field &apos;%2&apos; has type %3, expected %4</source>
        <translation>layer %1: field &apos;%2&apos; has type %3, expected %4</translation>
    </message>
    <message>
        <source>layer %1, fid %2: %3</source>
        <translation>layer %1, fid %2: %3</translation>
    </message>
    <message>
        <source>layer %1: %2 more invalid geometries</source>
        <translation>layer %1: %2 more invalid geometries</translation>
    </message>
    <message>
        <source>%1: the CRS of an existing territory cannot be changed (%2 -&gt; %3)</source>
        <translation>%1: the CRS of an existing territory cannot be changed (%2 -&gt; %3)</translation>
    </message>
    <message>
        <source>%1: no layer %2</source>
        <translation>%1: no layer %2</translation>
    </message>
    <message>
        <source>%1: reading %2: %3</source>
        <translation>%1: reading %2: %3</translation>
    </message>
    <message>
        <source>layer %1, feature %2: %3</source>
        <translation>layer %1, feature %2: %3</translation>
    </message>
    <message>
        <source>the layer has no geometry</source>
        <translation>the layer has no geometry</translation>
    </message>
    <message>
        <source>unreadable WKB geometry</source>
        <translation>unreadable WKB geometry</translation>
    </message>
    <message>
        <source>layer has no field &apos;%1&apos;</source>
        <translation>layer has no field &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2</source>
        <translation>field &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: a value is required</source>
        <translation>field &apos;%1&apos;: a value is required</translation>
    </message>
    <message>
        <source>a bookmark needs a name</source>
        <translation>a bookmark needs a name</translation>
    </message>
    <message>
        <source>%1: lighting source data not found</source>
        <translation>%1: lighting source data not found</translation>
    </message>
    <message>
        <source>%1: cannot open as a vector data set: %2</source>
        <translation>%1: cannot open as a vector data set: %2</translation>
    </message>
    <message>
        <source>%1: layer %2 has no field &quot;type_lante&quot;</source>
        <translation>%1: layer %2 has no field &quot;type_lante&quot;</translation>
    </message>
    <message>
        <source>unknown territory CRS &quot;%1&quot;</source>
        <translation>unknown territory CRS &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: cannot transform to the territory CRS %2</source>
        <translation>%1: cannot transform to the territory CRS %2</translation>
    </message>
    <message>
        <source>%1: feature %2 cannot be transformed to %3</source>
        <translation>%1: feature %2 cannot be transformed to %3</translation>
    </message>
    <message>
        <source>%1 given for unknown junction &quot;%2&quot;</source>
        <translation>%1 given for unknown junction &quot;%2&quot;</translation>
    </message>
    <message>
        <source>bad time &quot;%1&quot; for %2</source>
        <translation>bad time &quot;%1&quot; for %2</translation>
    </message>
    <message>
        <source>unknown [TIMES] keyword &quot;%1&quot;</source>
        <translation>unknown [TIMES] keyword &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a curve point</source>
        <translation>a curve point</translation>
    </message>
    <message>
        <source>curve &quot;%1&quot;: x values must increase (%2 after %3)</source>
        <translation>curve &quot;%1&quot;: x values must increase (%2 after %3)</translation>
    </message>
    <message>
        <source>a demand</source>
        <translation>a demand</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>demand</translation>
    </message>
    <message>
        <source>an emitter</source>
        <translation>an emitter</translation>
    </message>
    <message>
        <source>emitter</source>
        <translation>emitter</translation>
    </message>
    <message>
        <source>emitter coefficient of &quot;%1&quot; is negative</source>
        <translation>emitter coefficient of &quot;%1&quot; is negative</translation>
    </message>
    <message>
        <source>a status</source>
        <translation>a status</translation>
    </message>
    <message>
        <source>status given for unknown link &quot;%1&quot;</source>
        <translation>status given for unknown link &quot;%1&quot;</translation>
    </message>
    <message>
        <source>control must read &quot;LINK id status IF NODE id ABOVE|BELOW value&quot; or &quot;LINK id status AT TIME|CLOCKTIME time&quot;</source>
        <translation>control must read &quot;LINK id status IF NODE id ABOVE|BELOW value&quot; or &quot;LINK id status AT TIME|CLOCKTIME time&quot;</translation>
    </message>
    <message>
        <source>control refers to unknown link &quot;%1&quot;</source>
        <translation>control refers to unknown link &quot;%1&quot;</translation>
    </message>
    <message>
        <source>control refers to unknown node &quot;%1&quot;</source>
        <translation>control refers to unknown node &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad control time &quot;%1&quot;</source>
        <translation>bad control time &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rule action must read &quot;LINK id STATUS|SETTING = value&quot;</source>
        <translation>rule action must read &quot;LINK id STATUS|SETTING = value&quot;</translation>
    </message>
    <message>
        <source>rule refers to unknown link &quot;%1&quot;</source>
        <translation>rule refers to unknown link &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rule action attribute must be STATUS or SETTING, not &quot;%1&quot;</source>
        <translation>rule action attribute must be STATUS or SETTING, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>RULE needs an id</source>
        <translation>RULE needs an id</translation>
    </message>
    <message>
        <source>rule clause &quot;%1&quot; before any RULE</source>
        <translation>rule clause &quot;%1&quot; before any RULE</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: IF must start the premises</source>
        <translation>rule &quot;%1&quot;: IF must start the premises</translation>
    </message>
    <message>
        <source>rule condition must read &quot;IF object id attribute relation value&quot;</source>
        <translation>rule condition must read &quot;IF object id attribute relation value&quot;</translation>
    </message>
    <message>
        <source>rule refers to unknown %1 &quot;%2&quot;</source>
        <translation>rule refers to unknown %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown rule object &quot;%1&quot;</source>
        <translation>unknown rule object &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown rule keyword &quot;%1&quot;</source>
        <translation>unknown rule keyword &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; refers to undefined pattern &quot;%3&quot;</source>
        <translation>%1 &quot;%2&quot; refers to undefined pattern &quot;%3&quot;</translation>
    </message>
    <message>
        <source>junction</source>
        <translation>junction</translation>
    </message>
    <message>
        <source>demand of junction</source>
        <translation>demand of junction</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>reservoir</translation>
    </message>
    <message>
        <source>pump</source>
        <translation>pump</translation>
    </message>
    <message>
        <source>pump &quot;%1&quot; refers to undefined curve &quot;%2&quot;</source>
        <translation>pump &quot;%1&quot; refers to undefined curve &quot;%2&quot;</translation>
    </message>
    <message>
        <source>tank &quot;%1&quot; refers to undefined curve &quot;%2&quot;</source>
        <translation>tank &quot;%1&quot; refers to undefined curve &quot;%2&quot;</translation>
    </message>
    <message>
        <source>valve &quot;%1&quot; refers to undefined curve &quot;%2&quot;</source>
        <translation>valve &quot;%1&quot; refers to undefined curve &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>Vigie: control room for smart territories.</source>
        <translation>Vigie: control room for smart territories.</translation>
    </message>
    <message>
        <source>Territory file (.gpkg) to open; default: the last one.</source>
        <translation>Territory file (.gpkg) to open; default: the last one.</translation>
    </message>
    <message>
        <source>User interface language: fr or en.</source>
        <translation>User interface language: fr or en.</translation>
    </message>
    <message>
        <source>Load the domain plugins from DIR.</source>
        <translation>Load the domain plugins from DIR.</translation>
    </message>
    <message>
        <source>Print the time from start to the first rendered map frame, then quit (benchmark).</source>
        <translation>Print the time from start to the first rendered map frame, then quit (benchmark).</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (expected fr or en)</source>
        <translation>--lang: unknown language &apos;%1&apos; (expected fr or en)</translation>
    </message>
    <message>
        <source>Too many arguments: %1 (one territory file expected)</source>
        <translation>Too many arguments: %1 (one territory file expected)</translation>
    </message>
    <message>
        <source>unknown head-loss formula &quot;%1&quot;</source>
        <translation>unknown head-loss formula &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tank &quot;%1&quot; has no diameter and no volume curve</source>
        <translation>tank &quot;%1&quot; has no diameter and no volume curve</translation>
    </message>
    <message>
        <source>pump &quot;%1&quot;: head curve &quot;%2&quot; must decrease with flow</source>
        <translation>pump &quot;%1&quot;: head curve &quot;%2&quot; must decrease with flow</translation>
    </message>
    <message>
        <source>valve &quot;%1&quot;: a PRV, PSV or FCV cannot join a tank or reservoir directly</source>
        <translation>valve &quot;%1&quot;: a PRV, PSV or FCV cannot join a tank or reservoir directly</translation>
    </message>
    <message>
        <source>junction &quot;%1&quot; is not connected to any link</source>
        <translation>junction &quot;%1&quot; is not connected to any link</translation>
    </message>
    <message>
        <source>the network has no tank or reservoir: heads are undetermined</source>
        <translation>the network has no tank or reservoir: heads are undetermined</translation>
    </message>
    <message>
        <source>time %1 s: the head equations are singular (a part of the network is cut off from every tank and reservoir?)</source>
        <translation>time %1 s: the head equations are singular (a part of the network is cut off from every tank and reservoir?)</translation>
    </message>
    <message>
        <source>time %1 s: the solution diverged (not a number, link #%2)</source>
        <translation>time %1 s: the solution diverged (not a number, link #%2)</translation>
    </message>
    <message>
        <source>time %1 s (%2): the hydraulic equations did not converge in %3 trials (relative flow change %4); worst-balanced node &quot;%5&quot; (flow error %6)</source>
        <translation>time %1 s (%2): the hydraulic equations did not converge in %3 trials (relative flow change %4); worst-balanced node &quot;%5&quot; (flow error %6)</translation>
    </message>
    <message>
        <source>Usage: vigie-cli water simulate NET.inp --out DIR [--duration HOURS]

Runs an extended-period hydraulic simulation of an EPANET input file and writes,
at every reporting step and in the network&apos;s own units:
  DIR/nodes.csv  time_s,node_id,demand,head,pressure
  DIR/links.csv  time_s,link_id,flow,velocity,headloss,status

Options:
  --out DIR          output folder (created when missing)
  --duration HOURS   simulated duration instead of the file&apos;s [TIMES] Duration
  -h, --help         this help

Exit codes: 0 ok, 1 simulation failed (e.g. no convergence), 2 usage error,
3 unreadable or invalid input file.
</source>
        <translation>Usage: vigie-cli water simulate NET.inp --out DIR [--duration HOURS]

Runs an extended-period hydraulic simulation of an EPANET input file and writes,
at every reporting step and in the network&apos;s own units:
  DIR/nodes.csv  time_s,node_id,demand,head,pressure
  DIR/links.csv  time_s,link_id,flow,velocity,headloss,status

Options:
  --out DIR          output folder (created when missing)
  --duration HOURS   simulated duration instead of the file&apos;s [TIMES] Duration
  -h, --help         this help

Exit codes: 0 ok, 1 simulation failed (e.g. no convergence), 2 usage error,
3 unreadable or invalid input file.
</translation>
    </message>
    <message>
        <source>water simulate: %1 needs a value</source>
        <translation>water simulate: %1 needs a value</translation>
    </message>
    <message>
        <source>water simulate: --duration needs a number of hours &gt;= 0, not &quot;%1&quot;</source>
        <translation>water simulate: --duration needs a number of hours &gt;= 0, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>water simulate: unknown option &quot;%1&quot;</source>
        <translation>water simulate: unknown option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>water simulate: more than one input file (&quot;%1&quot;, &quot;%2&quot;)</source>
        <translation>water simulate: more than one input file (&quot;%1&quot;, &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>water simulate: an input file and --out DIR are required</source>
        <translation>water simulate: an input file and --out DIR are required</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation>%1: cannot create the output folder</translation>
    </message>
    <message>
        <source>warning: time %1 s: unbalanced solution accepted (UNBALANCED CONTINUE)</source>
        <translation>warning: time %1 s: unbalanced solution accepted (UNBALANCED CONTINUE)</translation>
    </message>
    <message>
        <source>%1: cannot write the results</source>
        <translation>%1: cannot write the results</translation>
    </message>
    <message>
        <source>%1: %2 hydraulic solutions (%3 trials), %4 reporting periods in %5 ms; results in %6</source>
        <translation>%1: %2 hydraulic solutions (%3 trials), %4 reporting periods in %5 ms; results in %6</translation>
    </message>
    <message>
        <source>Water networks: simulates an EPANET model (water simulate NET.inp --out DIR).</source>
        <translation>Water networks: simulates an EPANET model (water simulate NET.inp --out DIR).</translation>
    </message>
    <message>
        <source>water: unknown command &quot;%1&quot;</source>
        <translation>water: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>An override needs a reason.</translation>
    </message>
    <message>
        <source>An override needs a project.</source>
        <translation>An override needs a project.</translation>
    </message>
    <message>
        <source>%1: cannot read the audit log: %2</source>
        <translation>%1: cannot read the audit log: %2</translation>
    </message>
    <message>
        <source>%1: offset %2: not a valid audit log: %3</source>
        <translation>%1: offset %2: not a valid audit log: %3</translation>
    </message>
    <message>
        <source>%1: override %2: project, action (include or exclude) and reason are required</source>
        <translation>%1: override %2: project, action (include or exclude) and reason are required</translation>
    </message>
</context>
<context>
    <name>vigie::AttributePanel</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&lt;i&gt;Italic values marked “simulated”&lt;/i&gt; were generated for the demonstration: they are not measured data.</source>
        <translation>&lt;i&gt;Italic values marked “simulated”&lt;/i&gt; were generated for the demonstration: they are not measured data.</translation>
    </message>
    <message>
        <source>Choose the Identify tool and click a feature on the map.</source>
        <translation>Choose the Identify tool and click a feature on the map.</translation>
    </message>
    <message>
        <source>No feature at %1.</source>
        <translation>No feature at %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) at %1</source>
        <translation>
            <numerusform>%n feature at %1</numerusform>
            <numerusform>%n features at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simulated)</translation>
    </message>
    <message>
        <source>Simulated value: generated for the demonstration, not measured</source>
        <translation>Simulated value: generated for the demonstration, not measured</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>No value</translation>
    </message>
</context>
<context>
    <name>vigie::BookmarksPanel</name>
    <message>
        <source>Add a bookmark for the current view</source>
        <translation>Add a bookmark for the current view</translation>
    </message>
    <message>
        <source>Zoom to the selected bookmark</source>
        <translation>Zoom to the selected bookmark</translation>
    </message>
    <message>
        <source>Rename the selected bookmark</source>
        <translation>Rename the selected bookmark</translation>
    </message>
    <message>
        <source>Remove the selected bookmark</source>
        <translation>Remove the selected bookmark</translation>
    </message>
    <message>
        <source>Double-click to zoom; press F2 to rename</source>
        <translation>Double-click to zoom; press F2 to rename</translation>
    </message>
</context>
<context>
    <name>vigie::BudgetBarChart</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>vigie::BudgetOverrideDialog</name>
    <message>
        <source>Override the outcome</source>
        <translation>Override the outcome</translation>
    </message>
    <message>
        <source>Project %1 is currently %2 by the rule. The override, your user name, the time and the reason are kept in the audit log.</source>
        <translation>Project %1 is currently %2 by the rule. The override, your user name, the time and the reason are kept in the audit log.</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>funded</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>not funded</translation>
    </message>
    <message>
        <source>Include the project</source>
        <translation>Include the project</translation>
    </message>
    <message>
        <source>Exclude the project</source>
        <translation>Exclude the project</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Mandatory: why the outcome of the rule is overridden</source>
        <translation>Mandatory: why the outcome of the rule is overridden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>vigie::BudgetPanel</name>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open a participatory-budget file (Pabulib .pb)</source>
        <translation>Open a participatory-budget file (Pabulib .pb)</translation>
    </message>
    <message>
        <source>No participatory budget open</source>
        <translation>No participatory budget open</translation>
    </message>
    <message>
        <source>Completion of the Method of Equal Shares</source>
        <translation>Completion of the Method of Equal Shares</translation>
    </message>
    <message>
        <source>Rule A</source>
        <translation>Rule A</translation>
    </message>
    <message>
        <source>Rule B</source>
        <translation>Rule B</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Override…</translation>
    </message>
    <message>
        <source>Include or exclude the selected project, with a reason kept in the audit log</source>
        <translation>Include or exclude the selected project, with a reason kept in the audit log</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Table as CSV…</translation>
    </message>
    <message>
        <source>Pabulib file (.pb)…</source>
        <translation>Pabulib file (.pb)…</translation>
    </message>
    <message>
        <source>Report for the council (PDF)…</source>
        <translation>Report for the council (PDF)…</translation>
    </message>
    <message>
        <source>Select a project to see why it was funded or not.</source>
        <translation>Select a project to see why it was funded or not.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Funded amount by category</source>
        <translation>Funded amount by category</translation>
    </message>
    <message>
        <source>Funded amount by district</source>
        <translation>Funded amount by district</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Overrides (audit log)</source>
        <translation>Overrides (audit log)</translation>
    </message>
    <message>
        <source>%1: %2 projects, %3 voters, budget %4%5</source>
        <translation>%1: %2 projects, %3 voters, budget %4%5</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Open a participatory-budget file first.</source>
        <translation>Open a participatory-budget file first.</translation>
    </message>
    <message>
        <source>Rule A: %1</source>
        <translation>Rule A: %1</translation>
    </message>
    <message>
        <source>Rule B: %1</source>
        <translation>Rule B: %1</translation>
    </message>
    <message>
        <source>Budget %1.</source>
        <translation>Budget %1.</translation>
    </message>
    <message>
        <source>Rule A (%1): %2 projects funded, cost %3.</source>
        <translation>Rule A (%1): %2 projects funded, cost %3.</translation>
    </message>
    <message>
        <source>Rule B (%1): %2 projects funded, cost %3.</source>
        <translation>Rule B (%1): %2 projects funded, cost %3.</translation>
    </message>
    <message>
        <source>Funded by only one of the two rules (highlighted): %1.</source>
        <translation>Funded by only one of the two rules (highlighted): %1.</translation>
    </message>
    <message>
        <source>After the overrides: %1 projects funded, cost %2.</source>
        <translation>After the overrides: %1 projects funded, cost %2.</translation>
    </message>
    <message>
        <source>Over budget by %1.</source>
        <translation>Over budget by %1.</translation>
    </message>
    <message>
        <source>Funded amount</source>
        <translation>Funded amount</translation>
    </message>
    <message>
        <source>Voter satisfaction</source>
        <translation>Voter satisfaction</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 projects)</source>
        <translation>%1 (%2 of %3 projects)</translation>
    </message>
    <message>
        <source>Funded amount by district, rule A (%1)</source>
        <translation>Funded amount by district, rule A (%1)</translation>
    </message>
    <message>
        <source>Funded amount by category, rule A (%1)</source>
        <translation>Funded amount by category, rule A (%1)</translation>
    </message>
    <message>
        <source>%1 funded</source>
        <translation>%1 funded</translation>
    </message>
    <message>
        <source>%1 voters</source>
        <translation>%1 voters</translation>
    </message>
    <message>
        <source>Voters by funded projects on their ballot, rule A: %1% with at least one</source>
        <translation>Voters by funded projects on their ballot, rule A: %1% with at least one</translation>
    </message>
    <message>
        <source>Included by an administrator override.</source>
        <translation>Included by an administrator override.</translation>
    </message>
    <message>
        <source>Excluded by an administrator override.</source>
        <translation>Excluded by an administrator override.</translation>
    </message>
    <message>
        <source>Open a participatory-budget file and wait for the rules first.</source>
        <translation>Open a participatory-budget file and wait for the rules first.</translation>
    </message>
    <message>
        <source>%1: no project with id &quot;%2&quot;.</source>
        <translation>%1: no project with id &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Override by %1: %2 project %3 (%4)</source>
        <translation>Override by %1: %2 project %3 (%4)</translation>
    </message>
    <message>
        <source>include</source>
        <translation>include</translation>
    </message>
    <message>
        <source>exclude</source>
        <translation>exclude</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 project %4 (rule %5): %6</source>
        <translation>%1 — %2 — %3 project %4 (rule %5): %6</translation>
    </message>
    <message>
        <source>Participatory budget: %1</source>
        <translation>Participatory budget: %1</translation>
    </message>
    <message>
        <source>Rule: %1. Budget: %2. Projects: %3. Voters: %4.</source>
        <translation>Rule: %1. Budget: %2. Projects: %3. Voters: %4.</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Funded projects</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>override</source>
        <translation>override</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>Total: %1 projects, %2 of a budget of %3 (rule alone: %4 projects, %5).</source>
        <translation>Total: %1 projects, %2 of a budget of %3 (rule alone: %4 projects, %5).</translation>
    </message>
    <message>
        <source>Administrator overrides</source>
        <translation>Administrator overrides</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Participatory budget</translation>
    </message>
    <message>
        <source>%1: the PDF could not be produced</source>
        <translation>%1: the PDF could not be produced</translation>
    </message>
    <message>
        <source>Open a participatory budget</source>
        <translation>Open a participatory budget</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb);;All files (*)</source>
        <translation>Pabulib files (*.pb);;All files (*)</translation>
    </message>
    <message>
        <source>Export the projects table</source>
        <translation>Export the projects table</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export the Pabulib file</source>
        <translation>Export the Pabulib file</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb)</source>
        <translation>Pabulib files (*.pb)</translation>
    </message>
    <message>
        <source>Export the report for the council</source>
        <translation>Export the report for the council</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vigie::BudgetProjectModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Funded by rule A only</source>
        <translation>Funded by rule A only</translation>
    </message>
    <message>
        <source>Funded by rule B only</source>
        <translation>Funded by rule B only</translation>
    </message>
    <message>
        <source>included</source>
        <translation>included</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluded</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Funded (A: %1)</source>
        <translation>Funded (A: %1)</translation>
    </message>
    <message>
        <source>Funded (A)</source>
        <translation>Funded (A)</translation>
    </message>
    <message>
        <source>Funded (B: %1)</source>
        <translation>Funded (B: %1)</translation>
    </message>
    <message>
        <source>Funded (B)</source>
        <translation>Funded (B)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
</context>
<context>
    <name>vigie::Cli</name>
    <message>
        <source>Shows this help.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <source>Shows the Vigie version.</source>
        <translation>Shows the Vigie version.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output on stdout.</source>
        <translation>Machine-readable JSON output on stdout.</translation>
    </message>
    <message>
        <source>Language of the messages: fr or en (default: the system&apos;s).</source>
        <translation>Language of the messages: fr or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Also load domain plugins from this folder.</source>
        <translation>Also load domain plugins from this folder.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit codes:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>the command failed, validation found problems, or an import was rolled back</source>
        <translation>the command failed, validation found problems, or an import was rolled back</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing or invalid argument</source>
        <translation>usage error: unknown command or option, missing or invalid argument</translation>
    </message>
    <message>
        <source>an input file cannot be opened: missing, unreadable, corrupt, not a territory, or from a newer Vigie</source>
        <translation>an input file cannot be opened: missing, unreadable, corrupt, not a territory, or from a newer Vigie</translation>
    </message>
    <message>
        <source>import committed with --skip-invalid, but some rows were skipped (they are listed)</source>
        <translation>import committed with --skip-invalid, but some rows were skipped (they are listed)</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [options] [arguments]</source>
        <translation>Usage: %1 [global options] COMMAND [options] [arguments]</translation>
    </message>
    <message>
        <source>Vigie command-line tool: territory files, import, export, map rendering and the domain plugins&apos; commands.</source>
        <translation>Vigie command-line tool: territory files, import, export, map rendering and the domain plugins&apos; commands.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>machine-readable JSON output on stdout</source>
        <translation>machine-readable JSON output on stdout</translation>
    </message>
    <message>
        <source>language of the messages (default: the system&apos;s)</source>
        <translation>language of the messages (default: the system&apos;s)</translation>
    </message>
    <message>
        <source>also load domain plugins from DIR</source>
        <translation>also load domain plugins from DIR</translation>
    </message>
    <message>
        <source>this help; COMMAND --help or help COMMAND for a command</source>
        <translation>this help; COMMAND --help or help COMMAND for a command</translation>
    </message>
    <message>
        <source>the Vigie version</source>
        <translation>the Vigie version</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] %3</source>
        <translation>Usage: %1 %2 [options] %3</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Run &apos;%1 --help&apos; for usage.</translation>
    </message>
    <message>
        <source>missing argument %1.</source>
        <translation>missing argument %1.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--plugins: folder %1 does not exist.</source>
        <translation>--plugins: folder %1 does not exist.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>missing subcommand: create, info or validate.</source>
        <translation>missing subcommand: create, info or validate.</translation>
    </message>
    <message>
        <source>OUT.gpkg</source>
        <translation>OUT.gpkg</translation>
    </message>
    <message>
        <source>Creates a territory file, empty or one of the demo territories.</source>
        <translation>Creates a territory file, empty or one of the demo territories.</translation>
    </message>
    <message>
        <source>With --demo, builds a demo territory (montpellier or finistere) from the public data shipped with Vigie.
Otherwise creates an empty territory named by --name, with every loaded domain&apos;s layers.
Refuses to overwrite an existing file.</source>
        <translation>With --demo, builds a demo territory (montpellier or finistere) from the public data shipped with Vigie.
Otherwise creates an empty territory named by --name, with every loaded domain&apos;s layers.
Refuses to overwrite an existing file.</translation>
    </message>
    <message>
        <source>Builds this demo territory: montpellier or finistere.</source>
        <translation>Builds this demo territory: montpellier or finistere.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Folder of the demo source data (default: the installed one).</source>
        <translation>Folder of the demo source data (default: the installed one).</translation>
    </message>
    <message>
        <source>Name of the new territory.</source>
        <translation>Name of the new territory.</translation>
    </message>
    <message>
        <source>Coordinate reference system, e.g. EPSG:2154 (the default).</source>
        <translation>Coordinate reference system, e.g. EPSG:2154 (the default).</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <source>INSEE codes of the communes covered, comma-separated.</source>
        <translation>INSEE codes of the communes covered, comma-separated.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>Free text describing the territory.</source>
        <translation>Free text describing the territory.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>TERRITORY</source>
        <translation>TERRITORY</translation>
    </message>
    <message>
        <source>Shows a territory&apos;s metadata, schema versions and layers with their feature counts.</source>
        <translation>Shows a territory&apos;s metadata, schema versions and layers with their feature counts.</translation>
    </message>
    <message>
        <source>Checks a territory without changing it; lists each problem (exit code 1 when there is one).</source>
        <translation>Checks a territory without changing it; lists each problem (exit code 1 when there is one).</translation>
    </message>
    <message>
        <source>TERRITORY SOURCE</source>
        <translation>TERRITORY SOURCE</translation>
    </message>
    <message>
        <source>Imports a GDAL vector source into a territory layer, in one transaction.</source>
        <translation>Imports a GDAL vector source into a territory layer, in one transaction.</translation>
    </message>
    <message>
        <source>SOURCE is anything GDAL reads: GeoPackage, GeoJSON, Shapefile, CSV with coordinates, FlatGeobuf...
Features are reprojected to the territory CRS and their fields mapped by name or by --field-map.
A bad feature rolls the whole import back (exit code 1); with --skip-invalid it is skipped and
listed with its source row, field and reason (exit code 4). Progress goes to stderr.</source>
        <translation>SOURCE is anything GDAL reads: GeoPackage, GeoJSON, Shapefile, CSV with coordinates, FlatGeobuf...
Features are reprojected to the territory CRS and their fields mapped by name or by --field-map.
A bad feature rolls the whole import back (exit code 1); with --skip-invalid it is skipped and
listed with its source row, field and reason (exit code 4). Progress goes to stderr.</translation>
    </message>
    <message>
        <source>Target layer, as DOMAIN:LAYER (e.g. lighting:luminaires). Required.</source>
        <translation>Target layer, as DOMAIN:LAYER (e.g. lighting:luminaires). Required.</translation>
    </message>
    <message>
        <source>DOMAIN:LAYER</source>
        <translation>DOMAIN:LAYER</translation>
    </message>
    <message>
        <source>Source to target field names, e.g. puissance=power_w,type=technology.</source>
        <translation>Source to target field names, e.g. puissance=power_w,type=technology.</translation>
    </message>
    <message>
        <source>SRC=DST,...</source>
        <translation>SRC=DST,...</translation>
    </message>
    <message>
        <source>Skip and list bad features instead of rolling back.</source>
        <translation>Skip and list bad features instead of rolling back.</translation>
    </message>
    <message>
        <source>Layer of the source to read (default: its first layer).</source>
        <translation>Layer of the source to read (default: its first layer).</translation>
    </message>
    <message>
        <source>CRS of the source when it has none or a wrong one (e.g. EPSG:4326).</source>
        <translation>CRS of the source when it has none or a wrong one (e.g. EPSG:4326).</translation>
    </message>
    <message>
        <source>TERRITORY OUT.(gpkg|geojson|shp)</source>
        <translation>TERRITORY OUT.(gpkg|geojson|shp)</translation>
    </message>
    <message>
        <source>Exports a territory layer to GeoPackage, GeoJSON (EPSG:4326) or Shapefile, chosen by extension.</source>
        <translation>Exports a territory layer to GeoPackage, GeoJSON (EPSG:4326) or Shapefile, chosen by extension.</translation>
    </message>
    <message>
        <source>Layer to export, as DOMAIN:LAYER. Required.</source>
        <translation>Layer to export, as DOMAIN:LAYER. Required.</translation>
    </message>
    <message>
        <source>Renders the territory map with the domain styles to an image, through the QGIS renderer.</source>
        <translation>Renders the territory map with the domain styles to an image, through the QGIS renderer.</translation>
    </message>
    <message>
        <source>Runs without a display (offscreen) when none is available. The format follows the extension of --out (png, jpg, ...).</source>
        <translation>Runs without a display (offscreen) when none is available. The format follows the extension of --out (png, jpg, ...).</translation>
    </message>
    <message>
        <source>Image file to write. Required.</source>
        <translation>Image file to write. Required.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Area to show, in the territory CRS (default: everything).</source>
        <translation>Area to show, in the territory CRS (default: everything).</translation>
    </message>
    <message>
        <source>XMIN,YMIN,XMAX,YMAX</source>
        <translation>XMIN,YMIN,XMAX,YMAX</translation>
    </message>
    <message>
        <source>Image size in pixels (default: 1600x1000).</source>
        <translation>Image size in pixels (default: 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default: 96).</source>
        <translation>Resolution in dots per inch (default: 96).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Draws no labels.</source>
        <translation>Draws no labels.</translation>
    </message>
    <message>
        <source>Background colour, e.g. #ffffff (default: white).</source>
        <translation>Background colour, e.g. #ffffff (default: white).</translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation>COLOUR</translation>
    </message>
    <message>
        <source>Lists the domain plugins found: loaded ones, and skipped ones with the reason.</source>
        <translation>Lists the domain plugins found: loaded ones, and skipped ones with the reason.</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territory: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>CRS: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <source>Communes: %1</source>
        <translation>Communes: %1</translation>
    </message>
    <message>
        <source>Schema versions: %1</source>
        <translation>Schema versions: %1</translation>
    </message>
    <message>
        <source>Extent: %1, %2, %3, %4</source>
        <translation>Extent: %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Layers:</translation>
    </message>
    <message>
        <source>%1 already exists: a territory is never overwritten; choose another name or remove it first.</source>
        <translation>%1 already exists: a territory is never overwritten; choose another name or remove it first.</translation>
    </message>
    <message>
        <source>--%1 cannot be used with --demo (the demo defines it).</source>
        <translation>--%1 cannot be used with --demo (the demo defines it).</translation>
    </message>
    <message>
        <source>--demo: unknown demo &apos;%1&apos; (available: %2).</source>
        <translation>--demo: unknown demo &apos;%1&apos; (available: %2).</translation>
    </message>
    <message>
        <source>The demo source folder %1 does not exist.</source>
        <translation>The demo source folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Building the %1 demo territory into %2...</source>
        <translation>Building the %1 demo territory into %2...</translation>
    </message>
    <message>
        <source>Cannot build the demo territory: %1</source>
        <translation>Cannot build the demo territory: %1</translation>
    </message>
    <message>
        <source>Built in %1 s.</source>
        <translation>Built in %1 s.</translation>
    </message>
    <message>
        <source>--demo-source needs --demo.</source>
        <translation>--demo-source needs --demo.</translation>
    </message>
    <message>
        <source>--name is required without --demo.</source>
        <translation>--name is required without --demo.</translation>
    </message>
    <message>
        <source>--crs: &apos;%1&apos; is not a coordinate reference system known to PROJ.</source>
        <translation>--crs: &apos;%1&apos; is not a coordinate reference system known to PROJ.</translation>
    </message>
    <message>
        <source>--communes: &apos;%1&apos; is not an INSEE commune code (5 characters, e.g. 34172).</source>
        <translation>--communes: &apos;%1&apos; is not an INSEE commune code (5 characters, e.g. 34172).</translation>
    </message>
    <message>
        <source>Cannot create the territory: %1</source>
        <translation>Cannot create the territory: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>%1: valid.</source>
        <translation>%1: valid.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s):</source>
        <translation>
            <numerusform>%1: %n problem:</numerusform>
            <numerusform>%1: %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>--layer DOMAIN:LAYER is required.</source>
        <translation>--layer DOMAIN:LAYER is required.</translation>
    </message>
    <message>
        <source>--layer: &apos;%1&apos; is not of the form DOMAIN:LAYER (e.g. lighting:luminaires).</source>
        <translation>--layer: &apos;%1&apos; is not of the form DOMAIN:LAYER (e.g. lighting:luminaires).</translation>
    </message>
    <message>
        <source>--field-map: &apos;%1&apos; is not of the form SOURCE=TARGET.</source>
        <translation>--field-map: &apos;%1&apos; is not of the form SOURCE=TARGET.</translation>
    </message>
    <message>
        <source>--field-map: source field &apos;%1&apos; is mapped twice.</source>
        <translation>--field-map: source field &apos;%1&apos; is mapped twice.</translation>
    </message>
    <message>
        <source>--source-crs: &apos;%1&apos; is not a coordinate reference system known to PROJ.</source>
        <translation>--source-crs: &apos;%1&apos; is not a coordinate reference system known to PROJ.</translation>
    </message>
    <message>
        <source>%1: no vector layer to import.</source>
        <translation>%1: no vector layer to import.</translation>
    </message>
    <message>
        <source>--source-layer: %1 has no layer &apos;%2&apos; (layers: %3).</source>
        <translation>--source-layer: %1 has no layer &apos;%2&apos; (layers: %3).</translation>
    </message>
    <message>
        <source>--layer: %1 has no layer &apos;%2&apos; (layers: %3).</source>
        <translation>--layer: %1 has no layer &apos;%2&apos; (layers: %3).</translation>
    </message>
    <message>
        <source>--field-map: layer %1 has no field &apos;%2&apos;.</source>
        <translation>--field-map: layer %1 has no field &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Importing: %1%</translation>
    </message>
    <message>
        <source>Imported %1 feature(s) into %2.</source>
        <translation>Imported %1 feature(s) into %2.</translation>
    </message>
    <message>
        <source>Import rolled back, nothing was changed: %1</source>
        <translation>Import rolled back, nothing was changed: %1</translation>
    </message>
    <message>
        <source>Skipped %1 invalid feature(s):</source>
        <translation>Skipped %1 invalid feature(s):</translation>
    </message>
    <message>
        <source>%1 invalid feature(s):</source>
        <translation>%1 invalid feature(s):</translation>
    </message>
    <message>
        <source>Source fields not imported: %1</source>
        <translation>Source fields not imported: %1</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>%1: unknown output format &apos;%2&apos; (use .gpkg, .geojson or .shp).</source>
        <translation>%1: unknown output format &apos;%2&apos; (use .gpkg, .geojson or .shp).</translation>
    </message>
    <message>
        <source>--layer: %1 has no layer &apos;%2&apos;.</source>
        <translation>--layer: %1 has no layer &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Exported %1 feature(s) of %2 to %3.</source>
        <translation>Exported %1 feature(s) of %2 to %3.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE is required.</translation>
    </message>
    <message>
        <source>--out: cannot write images of type &apos;%1&apos; (use .png or .jpg).</source>
        <translation>--out: cannot write images of type &apos;%1&apos; (use .png or .jpg).</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WIDTHxHEIGHT in pixels between 1 and 20000 (e.g. 1600x1000).</source>
        <translation>--size: &apos;%1&apos; is not WIDTHxHEIGHT in pixels between 1 and 20000 (e.g. 1600x1000).</translation>
    </message>
    <message>
        <source>--dpi: &apos;%1&apos; is not a resolution between 1 and 2400.</source>
        <translation>--dpi: &apos;%1&apos; is not a resolution between 1 and 2400.</translation>
    </message>
    <message>
        <source>--extent: &apos;%1&apos; is not a number.</source>
        <translation>--extent: &apos;%1&apos; is not a number.</translation>
    </message>
    <message>
        <source>--extent: expected 4 numbers XMIN,YMIN,XMAX,YMAX, got %1.</source>
        <translation>--extent: expected 4 numbers XMIN,YMIN,XMAX,YMAX, got %1.</translation>
    </message>
    <message>
        <source>--extent: XMIN must be less than XMAX and YMIN less than YMAX.</source>
        <translation>--extent: XMIN must be less than XMAX and YMIN less than YMAX.</translation>
    </message>
    <message>
        <source>--background: &apos;%1&apos; is not a colour (e.g. #ffffff or white).</source>
        <translation>--background: &apos;%1&apos; is not a colour (e.g. #ffffff or white).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Rendered %1 (%2×%3 px) in %4 ms.</source>
        <translation>Rendered %1 (%2×%3 px) in %4 ms.</translation>
    </message>
    <message>
        <source>No domain plugin found in: %1</source>
        <translation>No domain plugin found in: %1</translation>
    </message>
    <message>
        <source>loaded   %1 %2 (%3) - %4</source>
        <translation>loaded   %1 %2 (%3) - %4</translation>
    </message>
    <message>
        <source>skipped  %1 - %2</source>
        <translation>skipped  %1 - %2</translation>
    </message>
</context>
<context>
    <name>vigie::EnergyPlugin</name>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Simulated attributes</source>
        <translation>Simulated attributes</translation>
    </message>
    <message>
        <source>Public buildings</source>
        <translation>Public buildings</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <source>Energy class</source>
        <translation>Energy class</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Heating</translation>
    </message>
    <message>
        <source>Year built</source>
        <translation>Year built</translation>
    </message>
    <message>
        <source>Energy meters</source>
        <translation>Energy meters</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>vigie::ImportDialog</name>
    <message>
        <source>Import into the territory</source>
        <translation>Import into the territory</translation>
    </message>
    <message>
        <source>GeoPackage, GeoJSON, Shapefile, CSV with coordinates, FlatGeobuf…</source>
        <translation>GeoPackage, GeoJSON, Shapefile, CSV with coordinates, FlatGeobuf…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation>Source layer</translation>
    </message>
    <message>
        <source>Target layer</source>
        <translation>Target layer</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Field mapping</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Source field</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Target field</translation>
    </message>
    <message>
        <source>Fields are matched by name or title; choose another target field or “not imported” for each source field.</source>
        <translation>Fields are matched by name or title; choose another target field or “not imported” for each source field.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Skip invalid features and list them (otherwise one invalid feature cancels the whole import)</source>
        <translation>Skip invalid features and list them (otherwise one invalid feature cancels the whole import)</translation>
    </message>
    <message>
        <source>Override the source CRS</source>
        <translation>Override the source CRS</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>%1: no vector layer found</source>
        <translation>%1: no vector layer found</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n source field(s) mapped.</source>
        <translation>
            <numerusform>%n source field mapped.</numerusform>
            <numerusform>%n source fields mapped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required target fields without a source: %1. Features without them will be rejected.</source>
        <translation>Required target fields without a source: %1. Features without them will be rejected.</translation>
    </message>
</context>
<context>
    <name>vigie::ImportReportDialog</name>
    <message>
        <source>Import into %1 cancelled: nothing was changed.</source>
        <translation>Import into %1 cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Import into %1 failed and was rolled back: %2</source>
        <translation>Import into %1 failed and was rolled back: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) imported into %1.</source>
        <translation>
            <numerusform>%n feature imported into %1.</numerusform>
            <numerusform>%n features imported into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) imported into %1, %2 rejected.</source>
        <translation>
            <numerusform>%n feature imported into %1, %2 rejected.</numerusform>
            <numerusform>%n features imported into %1, %2 rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Source fields not imported: %1</source>
        <translation>Source fields not imported: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copy the list</translation>
    </message>
</context>
<context>
    <name>vigie::LightingPlugin</name>
    <message>
        <source>Street lighting</source>
        <translation>Street lighting</translation>
    </message>
    <message>
        <source>Simulated attributes</source>
        <translation>Simulated attributes</translation>
    </message>
    <message>
        <source>Luminaires</source>
        <translation>Luminaires</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Lantern type</source>
        <translation>Lantern type</translation>
    </message>
    <message>
        <source>Lamp technology</source>
        <translation>Lamp technology</translation>
    </message>
    <message>
        <source>Lamp power (W)</source>
        <translation>Lamp power (W)</translation>
    </message>
    <message>
        <source>Ballast or driver loss (W)</source>
        <translation>Ballast or driver loss (W)</translation>
    </message>
    <message>
        <source>Mounting height (m)</source>
        <translation>Mounting height (m)</translation>
    </message>
    <message>
        <source>Dimmable</source>
        <translation>Dimmable</translation>
    </message>
    <message>
        <source>Control protocol</source>
        <translation>Control protocol</translation>
    </message>
    <message>
        <source>Year installed</source>
        <translation>Year installed</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Lighting cabinets</source>
        <translation>Lighting cabinets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Circuits</source>
        <translation>Circuits</translation>
    </message>
    <message>
        <source>Contracted power (kVA)</source>
        <translation>Contracted power (kVA)</translation>
    </message>
    <message>
        <source>Add the ballast or driver loss and the control protocol to luminaires</source>
        <translation>Add the ballast or driver loss and the control protocol to luminaires</translation>
    </message>
</context>
<context>
    <name>vigie::LogPanel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>vigie::MainWindow</name>
    <message>
        <source>Save the demo territory as</source>
        <translation>Save the demo territory as</translation>
    </message>
    <message>
        <source>Territory (*.gpkg)</source>
        <translation>Territory (*.gpkg)</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Cannot replace %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Create a new territory file</source>
        <translation>Create a new territory file</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a territory file</source>
        <translation>Open a territory file</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import features from a GIS file into a territory layer</source>
        <translation>Import features from a GIS file into a territory layer</translation>
    </message>
    <message>
        <source>&amp;Export layer…</source>
        <translation>&amp;Export layer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export a territory layer to GeoPackage, GeoJSON or Shapefile</source>
        <translation>Export a territory layer to GeoPackage, GeoJSON or Shapefile</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Pan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Identify features</source>
        <translation>&amp;Identify features</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Click a feature to show its attributes</source>
        <translation>Click a feature to show its attributes</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoom to &amp;full extent</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Previous extent</source>
        <translation>&amp;Previous extent</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Next extent</source>
        <translation>&amp;Next extent</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;New bookmark…</source>
        <translation>&amp;New bookmark…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Save the current view as a bookmark in the territory</source>
        <translation>Save the current view as a bookmark in the territory</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>&amp;About Vigie</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Territory</translation>
    </message>
    <message>
        <source>&amp;Recent territories</source>
        <translation>&amp;Recent territories</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>P&amp;anels</translation>
    </message>
    <message>
        <source>&amp;Toolbars</source>
        <translation>&amp;Toolbars</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Locate</translation>
    </message>
    <message>
        <source>Zoom to a district or a commune</source>
        <translation>Zoom to a district or a commune</translation>
    </message>
    <message>
        <source>Zoom to </source>
        <translation>Zoom to </translation>
    </message>
    <message>
        <source>Search a street, district or commune…</source>
        <translation>Search a street, district or commune…</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation>Identify results</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Rendering the map</source>
        <translation>Rendering the map</translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation>Coordinate</translation>
    </message>
    <message>
        <source>Map coordinate of the mouse, in the territory CRS</source>
        <translation>Map coordinate of the mouse, in the territory CRS</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Current map scale</source>
        <translation>Current map scale</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)</source>
        <translation>
            <numerusform>%n commune</numerusform>
            <numerusform>%n communes</numerusform>
        </translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — Vigie</source>
        <translation>%1 (%2) — %3 — Vigie</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import running</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit?</source>
        <translation>An import is running. Cancel it and quit?</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>Cannot open the territory %1:
%2</source>
        <translation>Cannot open the territory %1:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Cannot create the territory %1:
%2</source>
        <translation>Cannot create the territory %1:
%2</translation>
    </message>
    <message>
        <source>Territory coordinate reference system: %1</source>
        <translation>Territory coordinate reference system: %1</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Open a territory</source>
        <translation>Open a territory</translation>
    </message>
    <message>
        <source>Territory (*.gpkg);;All files (*)</source>
        <translation>Territory (*.gpkg);;All files (*)</translation>
    </message>
    <message>
        <source>Building the %1 demo territory from public data…</source>
        <translation>Building the %1 demo territory from public data…</translation>
    </message>
    <message>
        <source>Demo territory</source>
        <translation>Demo territory</translation>
    </message>
    <message>
        <source>Cannot build the %1 demo territory in %2:
%3</source>
        <translation>Cannot build the %1 demo territory in %2:
%3</translation>
    </message>
    <message>
        <source>District or commune…</source>
        <translation>District or commune…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing named “%1” in the territory</source>
        <translation>Nothing named “%1” in the territory</translation>
    </message>
    <message>
        <source>Bookmark %1 not found in %2</source>
        <translation>Bookmark %1 not found in %2</translation>
    </message>
    <message>
        <source>New bookmark</source>
        <translation>New bookmark</translation>
    </message>
    <message>
        <source>Name of the current view:</source>
        <translation>Name of the current view:</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>View %1</translation>
    </message>
    <message>
        <source>Cannot add the bookmark: %1</source>
        <translation>Cannot add the bookmark: %1</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be imported into it.</source>
        <translation>%1 is open read-only: nothing can be imported into it.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>Importing %1 into %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancelling: rolling the import back…</source>
        <translation>Cancelling: rolling the import back…</translation>
    </message>
    <message>
        <source>Importing %1 into %2</source>
        <translation>Importing %1 into %2</translation>
    </message>
    <message>
        <source>Export a layer</source>
        <translation>Export a layer</translation>
    </message>
    <message>
        <source>Layer to export:</source>
        <translation>Layer to export:</translation>
    </message>
    <message>
        <source>Export %1 to</source>
        <translation>Export %1 to</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Exporting %1 to %2…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 exported to %2</translation>
    </message>
    <message>
        <source>Cannot export %1 to %2:
%3</source>
        <translation>Cannot export %1 to %2:
%3</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Control room for smart territories: networks, assets and their live state on one map.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QGIS&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;GDAL&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PROJ&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Licence: GNU GPL version 2 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Control room for smart territories: networks, assets and their live state on one map.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QGIS&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;GDAL&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PROJ&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Licence: GNU GPL version 2 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>About Vigie</translation>
    </message>
    <message>
        <source>&amp;Open participatory budget…</source>
        <translation>&amp;Open participatory budget…</translation>
    </message>
    <message>
        <source>Open a participatory-budget file (Pabulib .pb) in the budget panel</source>
        <translation>Open a participatory-budget file (Pabulib .pb) in the budget panel</translation>
    </message>
    <message>
        <source>B&amp;udget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Participatory budget</translation>
    </message>
</context>
<context>
    <name>vigie::NewTerritoryDialog</name>
    <message>
        <source>New territory</source>
        <translation>New territory</translation>
    </message>
    <message>
        <source>e.g. Montpellier Méditerranée Métropole</source>
        <translation>e.g. Montpellier Méditerranée Métropole</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>INSEE codes separated by commas, e.g. 34172, 34057</source>
        <translation>INSEE codes separated by commas, e.g. 34172, 34057</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Coordinate reference system</source>
        <translation>Coordinate reference system</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>New territory file</source>
        <translation>New territory file</translation>
    </message>
    <message>
        <source>Territory (*.gpkg)</source>
        <translation>Territory (*.gpkg)</translation>
    </message>
    <message>
        <source>Give the territory a name.</source>
        <translation>Give the territory a name.</translation>
    </message>
    <message>
        <source>Choose a coordinate reference system.</source>
        <translation>Choose a coordinate reference system.</translation>
    </message>
    <message>
        <source>Choose the territory file.</source>
        <translation>Choose the territory file.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another file.</source>
        <translation>%1 already exists: choose another file.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>vigie::WastePlugin</name>
    <message>
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <source>Simulated attributes</source>
        <translation>Simulated attributes</translation>
    </message>
    <message>
        <source>Waste containers</source>
        <translation>Waste containers</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Waste stream</translation>
    </message>
    <message>
        <source>Capacity (L)</source>
        <translation>Capacity (L)</translation>
    </message>
    <message>
        <source>Fill-level sensor</source>
        <translation>Fill-level sensor</translation>
    </message>
    <message>
        <source>Collection round</source>
        <translation>Collection round</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Collection rounds</source>
        <translation>Collection rounds</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Collection day</source>
        <translation>Collection day</translation>
    </message>
</context>
<context>
    <name>vigie::WaterPlugin</name>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Network model</source>
        <translation>Network model</translation>
    </message>
    <message>
        <source>Benchmark network</source>
        <translation>Benchmark network</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Junctions</source>
        <translation>Junctions</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Elevation (m)</source>
        <translation>Elevation (m)</translation>
    </message>
    <message>
        <source>Base demand (L/s)</source>
        <translation>Base demand (L/s)</translation>
    </message>
    <message>
        <source>Demand pattern</source>
        <translation>Demand pattern</translation>
    </message>
    <message>
        <source>Reservoirs</source>
        <translation>Reservoirs</translation>
    </message>
    <message>
        <source>Total head (m)</source>
        <translation>Total head (m)</translation>
    </message>
    <message>
        <source>Head pattern</source>
        <translation>Head pattern</translation>
    </message>
    <message>
        <source>Tanks</source>
        <translation>Tanks</translation>
    </message>
    <message>
        <source>Bottom elevation (m)</source>
        <translation>Bottom elevation (m)</translation>
    </message>
    <message>
        <source>Initial level (m)</source>
        <translation>Initial level (m)</translation>
    </message>
    <message>
        <source>Minimum level (m)</source>
        <translation>Minimum level (m)</translation>
    </message>
    <message>
        <source>Maximum level (m)</source>
        <translation>Maximum level (m)</translation>
    </message>
    <message>
        <source>Diameter (m)</source>
        <translation>Diameter (m)</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>Pipes</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Pipe</translation>
    </message>
    <message>
        <source>Start node</source>
        <translation>Start node</translation>
    </message>
    <message>
        <source>End node</source>
        <translation>End node</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <source>Diameter (mm)</source>
        <translation>Diameter (mm)</translation>
    </message>
    <message>
        <source>Roughness</source>
        <translation>Roughness</translation>
    </message>
    <message>
        <source>Minor loss coefficient</source>
        <translation>Minor loss coefficient</translation>
    </message>
    <message>
        <source>Initial status</source>
        <translation>Initial status</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>Pumps</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>Pump</translation>
    </message>
    <message>
        <source>Suction node</source>
        <translation>Suction node</translation>
    </message>
    <message>
        <source>Discharge node</source>
        <translation>Discharge node</translation>
    </message>
    <message>
        <source>Head curve</source>
        <translation>Head curve</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Power (kW)</translation>
    </message>
    <message>
        <source>Valves</source>
        <translation>Valves</translation>
    </message>
    <message>
        <source>Valve</source>
        <translation>Valve</translation>
    </message>
    <message>
        <source>Upstream node</source>
        <translation>Upstream node</translation>
    </message>
    <message>
        <source>Downstream node</source>
        <translation>Downstream node</translation>
    </message>
    <message>
        <source>Valve type</source>
        <translation>Valve type</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Add the network model name and the benchmark flag to every water layer</source>
        <translation>Add the network model name and the benchmark flag to every water layer</translation>
    </message>
    <message>
        <source>cannot place the L-TOWN network: the territory has no commune boundary</source>
        <translation>cannot place the L-TOWN network: the territory has no commune boundary</translation>
    </message>
    <message>
        <source>cannot place the L-TOWN network inside the territory&apos;s communes: no translation fits it inside their boundary</source>
        <translation>cannot place the L-TOWN network inside the territory&apos;s communes: no translation fits it inside their boundary</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; has no coordinates</source>
        <translation>%1: %2 &quot;%3&quot; has no coordinates</translation>
    </message>
    <message>
        <source>junction</source>
        <translation>junction</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>reservoir</translation>
    </message>
    <message>
        <source>tank</source>
        <translation>tank</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>pipe</translation>
    </message>
    <message>
        <source>pump</source>
        <translation>pump</translation>
    </message>
    <message>
        <source>valve</source>
        <translation>valve</translation>
    </message>
</context>
<context>
    <name>vigie::WelcomeWidget</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>Control room for smart territories: networks, assets and live state on one map.</source>
        <translation>Control room for smart territories: networks, assets and live state on one map.</translation>
    </message>
    <message>
        <source>Open a territory…</source>
        <translation>Open a territory…</translation>
    </message>
    <message>
        <source>Create a new territory…</source>
        <translation>Create a new territory…</translation>
    </message>
    <message>
        <source>Create the %1 demo territory</source>
        <translation>Create the %1 demo territory</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent territories&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent territories&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>vigie::budget</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>missing command (allocate, explain or compare)</source>
        <translation>missing command (allocate, explain or compare)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (allocate, explain or compare)</source>
        <translation>unknown command &quot;%1&quot; (allocate, explain or compare)</translation>
    </message>
    <message>
        <source>missing FILE.pb</source>
        <translation>missing FILE.pb</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>compare needs --rules A,B (two rules)</source>
        <translation>compare needs --rules A,B (two rules)</translation>
    </message>
    <message>
        <source>%1 needs --rule</source>
        <translation>%1 needs --rule</translation>
    </message>
    <message>
        <source>vigie-cli budget: %1</source>
        <translation>vigie-cli budget: %1</translation>
    </message>
    <message>
        <source>Run &quot;vigie-cli budget --help&quot; for usage.</source>
        <translation>Run &quot;vigie-cli budget --help&quot; for usage.</translation>
    </message>
    <message>
        <source>%1: %2 projects funded, %3 of %4 (%5 s)</source>
        <translation>%1: %2 projects funded, %3 of %4 (%5 s)</translation>
    </message>
    <message>
        <source>%1: %2 projects, %3; %4: %5 projects, %6; %7 in common</source>
        <translation>%1: %2 projects, %3; %4: %5 projects, %6; %7 in common</translation>
    </message>
    <message>
        <source>Only with %1:</source>
        <translation>Only with %1:</translation>
    </message>
    <message>
        <source>funded at once: it costs nothing and has supporters</source>
        <translation>funded at once: it costs nothing and has supporters</translation>
    </message>
    <message>
        <source>funded in round %1: its %2 supporters paid %3 per unit of satisfaction (they held %4 together)</source>
        <translation>funded in round %1: its %2 supporters paid %3 per unit of satisfaction (they held %4 together)</translation>
    </message>
    <message>
        <source>funded in round %1: its supporters&apos; maximal load became %2</source>
        <translation>funded in round %1: its supporters&apos; maximal load became %2</translation>
    </message>
    <message>
        <source>funded: position %1 in the order, %2 of the budget left when it came up</source>
        <translation>funded: position %1 in the order, %2 of the budget left when it came up</translation>
    </message>
    <message>
        <source>funded by the completion: %1 of the budget left when it came up (position %2)</source>
        <translation>funded by the completion: %1 of the budget left when it came up (position %2)</translation>
    </message>
    <message>
        <source>not funded: costs %1 but only %2 was left when it came up</source>
        <translation>not funded: costs %1 but only %2 was left when it came up</translation>
    </message>
    <message>
        <source>not funded: in round %1 its %2 supporters held %3 together, less than its cost %4</source>
        <translation>not funded: in round %1 its %2 supporters held %3 together, less than its cost %4</translation>
    </message>
    <message>
        <source>not funded: the rule stopped before reaching it</source>
        <translation>not funded: the rule stopped before reaching it</translation>
    </message>
    <message>
        <source>not funded: score %1 below the threshold %2</source>
        <translation>not funded: score %1 below the threshold %2</translation>
    </message>
    <message>
        <source>not funded: no voter supports it</source>
        <translation>not funded: no voter supports it</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>not funded</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Rule %1: %2 of %3 spent, %4 projects funded</source>
        <translation>Rule %1: %2 of %3 spent, %4 projects funded</translation>
    </message>
    <message>
        <source>%1 voters; %2 (%3 %) have at least one funded project; %4 funded projects per voter on average; %5 % of a ballot&apos;s cost funded on average</source>
        <translation>%1 voters; %2 (%3 %) have at least one funded project; %4 funded projects per voter on average; %5 % of a ballot&apos;s cost funded on average</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projects:</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 projects funded, %4</source>
        <translation>  %1: %2 of %3 projects funded, %4</translation>
    </message>
    <message>
        <source>Funded by category:</source>
        <translation>Funded by category:</translation>
    </message>
    <message>
        <source>Funded by district:</source>
        <translation>Funded by district:</translation>
    </message>
    <message>
        <source>Voters with a funded project, by %1 (groups under %2 voters merged):</source>
        <translation>Voters with a funded project, by %1 (groups under %2 voters merged):</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 voters</source>
        <translation>  %1: %2 of %3 voters</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Participatory budget: allocates, explains and compares rules on a Pabulib .pb file.</source>
        <translation>Participatory budget: allocates, explains and compares rules on a Pabulib .pb file.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>META row needs a key and a value separated by &apos;;&apos;</source>
        <translation>META row needs a key and a value separated by &apos;;&apos;</translation>
    </message>
    <message>
        <source>META row has an empty key</source>
        <translation>META row has an empty key</translation>
    </message>
    <message>
        <source>duplicate META key &quot;%1&quot; (first on line %2)</source>
        <translation>duplicate META key &quot;%1&quot; (first on line %2)</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; for META %2</source>
        <translation>bad number &quot;%1&quot; for META %2</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; for the budget</source>
        <translation>bad number &quot;%1&quot; for the budget</translation>
    </message>
    <message>
        <source>unknown vote_type &quot;%1&quot; (approval, choose-1, cumulative, scoring or ordinal)</source>
        <translation>unknown vote_type &quot;%1&quot; (approval, choose-1, cumulative, scoring or ordinal)</translation>
    </message>
    <message>
        <source>META has no budget</source>
        <translation>META has no budget</translation>
    </message>
    <message>
        <source>PROJECTS header has no cost column</source>
        <translation>PROJECTS header has no cost column</translation>
    </message>
    <message>
        <source>PROJECTS header: the first column must be the project id</source>
        <translation>PROJECTS header: the first column must be the project id</translation>
    </message>
    <message>
        <source>%1 fields but the PROJECTS header has %2</source>
        <translation>%1 fields but the PROJECTS header has %2</translation>
    </message>
    <message>
        <source>empty project id</source>
        <translation>empty project id</translation>
    </message>
    <message>
        <source>duplicate project id &quot;%1&quot; (first on line %2)</source>
        <translation>duplicate project id &quot;%1&quot; (first on line %2)</translation>
    </message>
    <message>
        <source>project &quot;%1&quot; has no cost</source>
        <translation>project &quot;%1&quot; has no cost</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; for the cost of project &quot;%2&quot;</source>
        <translation>bad number &quot;%1&quot; for the cost of project &quot;%2&quot;</translation>
    </message>
    <message>
        <source>negative cost %1 for project &quot;%2&quot;</source>
        <translation>negative cost %1 for project &quot;%2&quot;</translation>
    </message>
    <message>
        <source>budget too large</source>
        <translation>budget too large</translation>
    </message>
    <message>
        <source>cost too large</source>
        <translation>cost too large</translation>
    </message>
    <message>
        <source>cost limit too large</source>
        <translation>cost limit too large</translation>
    </message>
    <message>
        <source>VOTES header has no vote column</source>
        <translation>VOTES header has no vote column</translation>
    </message>
    <message>
        <source>VOTES header has no points column, needed by %1 ballots</source>
        <translation>VOTES header has no points column, needed by %1 ballots</translation>
    </message>
    <message>
        <source>%1 fields but the VOTES header has %2</source>
        <translation>%1 fields but the VOTES header has %2</translation>
    </message>
    <message>
        <source>empty voter id</source>
        <translation>empty voter id</translation>
    </message>
    <message>
        <source>duplicate voter id &quot;%1&quot;</source>
        <translation>duplicate voter id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>vote for unknown project &quot;%1&quot;</source>
        <translation>vote for unknown project &quot;%1&quot;</translation>
    </message>
    <message>
        <source>project &quot;%1&quot; appears twice in the ballot</source>
        <translation>project &quot;%1&quot; appears twice in the ballot</translation>
    </message>
    <message>
        <source>%1 points for more projects in the vote</source>
        <translation>%1 points for more projects in the vote</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; in points</source>
        <translation>bad number &quot;%1&quot; in points</translation>
    </message>
    <message>
        <source>negative points %1</source>
        <translation>negative points %1</translation>
    </message>
    <message>
        <source>%1 projects in the vote but %2 points</source>
        <translation>%1 projects in the vote but %2 points</translation>
    </message>
    <message>
        <source>ballot lists %1 projects, fewer than min_length %2 (META line %3)</source>
        <translation>ballot lists %1 projects, fewer than min_length %2 (META line %3)</translation>
    </message>
    <message>
        <source>ballot lists %1 projects, more than max_length %2 (META line %3)</source>
        <translation>ballot lists %1 projects, more than max_length %2 (META line %3)</translation>
    </message>
    <message>
        <source>ballot costs %1 in total, less than min_sum_cost (META line %2)</source>
        <translation>ballot costs %1 in total, less than min_sum_cost (META line %2)</translation>
    </message>
    <message>
        <source>ballot costs %1 in total, more than max_sum_cost (META line %2)</source>
        <translation>ballot costs %1 in total, more than max_sum_cost (META line %2)</translation>
    </message>
    <message>
        <source>a project gets fewer points than min_points (META line %1)</source>
        <translation>a project gets fewer points than min_points (META line %1)</translation>
    </message>
    <message>
        <source>a project gets more points than max_points (META line %1)</source>
        <translation>a project gets more points than max_points (META line %1)</translation>
    </message>
    <message>
        <source>ballot gives fewer points in total than min_sum_points (META line %1)</source>
        <translation>ballot gives fewer points in total than min_sum_points (META line %1)</translation>
    </message>
    <message>
        <source>ballot gives more points in total than max_sum_points (META line %1)</source>
        <translation>ballot gives more points in total than max_sum_points (META line %1)</translation>
    </message>
    <message>
        <source>section has no header row</source>
        <translation>section has no header row</translation>
    </message>
    <message>
        <source>section %1 appears twice</source>
        <translation>section %1 appears twice</translation>
    </message>
    <message>
        <source>section %1 out of order: META, PROJECTS and VOTES come in this order</source>
        <translation>section %1 out of order: META, PROJECTS and VOTES come in this order</translation>
    </message>
    <message>
        <source>missing section META before PROJECTS</source>
        <translation>missing section META before PROJECTS</translation>
    </message>
    <message>
        <source>missing section PROJECTS before VOTES</source>
        <translation>missing section PROJECTS before VOTES</translation>
    </message>
    <message>
        <source>data before the META section</source>
        <translation>data before the META section</translation>
    </message>
    <message>
        <source>missing section META</source>
        <translation>missing section META</translation>
    </message>
    <message>
        <source>missing section PROJECTS</source>
        <translation>missing section PROJECTS</translation>
    </message>
    <message>
        <source>missing section VOTES</source>
        <translation>missing section VOTES</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>the file&apos;s META rule &quot;%1&quot; is not one Vigie reproduces (greedy, greedy-threshold, greedy-no-skip)</source>
        <translation>the file&apos;s META rule &quot;%1&quot; is not one Vigie reproduces (greedy, greedy-threshold, greedy-no-skip)</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (one of: %2)</source>
        <translation>unknown rule &quot;%1&quot; (one of: %2)</translation>
    </message>
    <message>
        <source>unknown completion &quot;%1&quot; (none, greedy or add1-greedy)</source>
        <translation>unknown completion &quot;%1&quot; (none, greedy or add1-greedy)</translation>
    </message>
    <message>
        <source>a completion applies to the mes-* rules only</source>
        <translation>a completion applies to the mes-* rules only</translation>
    </message>
    <message>
        <source>vigie-cli budget import: %1</source>
        <translation>vigie-cli budget import: %1</translation>
    </message>
    <message>
        <source>import needs --projects P.csv</source>
        <translation>import needs --projects P.csv</translation>
    </message>
    <message>
        <source>import needs --votes V.csv</source>
        <translation>import needs --votes V.csv</translation>
    </message>
    <message>
        <source>import needs --out FILE.pb</source>
        <translation>import needs --out FILE.pb</translation>
    </message>
    <message>
        <source>import needs --budget AMOUNT (the total budget)</source>
        <translation>import needs --budget AMOUNT (the total budget)</translation>
    </message>
    <message>
        <source>vigie-cli budget import: the environment variable %1 holds no pseudonymisation key; voter ids are never imported in clear</source>
        <translation>vigie-cli budget import: the environment variable %1 holds no pseudonymisation key; voter ids are never imported in clear</translation>
    </message>
    <message>
        <source>%1: %2 projects, %3 ballots written</source>
        <translation>%1: %2 projects, %3 ballots written</translation>
    </message>
    <message>
        <source>Paper counts merged: only the greedy rules can count them (MES and Phragmen need individual ballots).</source>
        <translation>Paper counts merged: only the greedy rules can count them (MES and Phragmen need individual ballots).</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text</source>
        <translation>%1: the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>%1: quoted field never closed</source>
        <translation>%1: quoted field never closed</translation>
    </message>
    <message>
        <source>%1: empty file, a header row is needed</source>
        <translation>%1: empty file, a header row is needed</translation>
    </message>
    <message>
        <source>%1: missing column for %2 (expected one of: %3)</source>
        <translation>%1: missing column for %2 (expected one of: %3)</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot;: %3</source>
        <translation>%1: column &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the project id</source>
        <translation>the project id</translation>
    </message>
    <message>
        <source>the project cost</source>
        <translation>the project cost</translation>
    </message>
    <message>
        <source>bad budget &quot;%1&quot;: a positive amount is needed</source>
        <translation>bad budget &quot;%1&quot;: a positive amount is needed</translation>
    </message>
    <message>
        <source>bad budget &quot;%1&quot;: too large</source>
        <translation>bad budget &quot;%1&quot;: too large</translation>
    </message>
    <message>
        <source>%1: cost too large</source>
        <translation>%1: cost too large</translation>
    </message>
    <message>
        <source>%1: no pseudonymisation key: voter ids are never imported in clear</source>
        <translation>%1: no pseudonymisation key: voter ids are never imported in clear</translation>
    </message>
    <message>
        <source>%1: CSV votes can only be imported as approval votes</source>
        <translation>%1: CSV votes can only be imported as approval votes</translation>
    </message>
    <message>
        <source>the voter id</source>
        <translation>the voter id</translation>
    </message>
    <message>
        <source>the voted projects</source>
        <translation>the voted projects</translation>
    </message>
    <message>
        <source>this voter already has a ballot</source>
        <translation>this voter already has a ballot</translation>
    </message>
    <message>
        <source>duplicate voter (first on line %1)</source>
        <translation>duplicate voter (first on line %1)</translation>
    </message>
    <message>
        <source>%1: paper votes can only be merged into approval votes</source>
        <translation>%1: paper votes can only be merged into approval votes</translation>
    </message>
    <message>
        <source>the paper vote count</source>
        <translation>the paper vote count</translation>
    </message>
    <message>
        <source>the project id and vote count, or the ballot&apos;s projects</source>
        <translation>the project id and vote count, or the ballot&apos;s projects</translation>
    </message>
    <message>
        <source>unknown project &quot;%1&quot;</source>
        <translation>unknown project &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot;: a vote count is a whole number, 0 or more</source>
        <translation>bad number &quot;%1&quot;: a vote count is a whole number, 0 or more</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; in paper_votes of project &quot;%2&quot;</source>
        <translation>bad number &quot;%1&quot; in paper_votes of project &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 needs individual ballots, but this vote holds aggregated paper counts: only the greedy rules can count them</source>
        <translation>%1 needs individual ballots, but this vote holds aggregated paper counts: only the greedy rules can count them</translation>
    </message>
    <message>
        <source>Usage: vigie-cli budget COMMAND FILE.pb [options]
Participatory budget: count a Pabulib .pb vote with a chosen rule.

Commands:
  allocate FILE.pb --rule R [--completion C] [--json]   projects funded by rule R
  explain FILE.pb --rule R [--completion C] [--json]    why each project was funded or not
  compare FILE.pb --rules A,B [--completion C] [--json] projects funded by one rule and not the other
  import --projects P.csv --votes V.csv --budget AMOUNT --out FILE.pb [--paper PAPER.csv]
         [--key-env VAR] [--personal-fields]
         converts a Decidim/CONSUL-style CSV export into a .pb file; voter ids are replaced by
         keyed hashes (HMAC-SHA256) with the key read from the environment variable VAR
         (default VIGIE_BUDGET_KEY), which is never stored; without a key nothing is imported.
         PAPER.csv holds paper counts per project (project id, votes) or anonymous paper
         ballots (one list of projects per row); counts only feed the greedy rules, MES and
         Phragmen need individual ballots. --personal-fields also writes age, sex, neighbourhood.

Rules: %1
  (&quot;city&quot; is the rule written in the file&apos;s META: greedy, greedy-threshold or greedy-no-skip)
Completions (mes-* rules only): none, greedy (greedy with the same satisfaction on what MES leaves),
  add1-greedy (raise every voter&apos;s budget by one unit until the budget is exhausted, then greedy)
Options:
  --audit FILE      allocate: apply the administrator overrides of FILE (FILE.pb.audit.json, written by the app)
  --json            print JSON
  -h, --help        show this help

Exit codes: 0 done, 1 failure, 2 usage error, 3 the file cannot be read.
</source>
        <translation>Usage: vigie-cli budget COMMAND FILE.pb [options]
Participatory budget: count a Pabulib .pb vote with a chosen rule.

Commands:
  allocate FILE.pb --rule R [--completion C] [--json]   projects funded by rule R
  explain FILE.pb --rule R [--completion C] [--json]    why each project was funded or not
  compare FILE.pb --rules A,B [--completion C] [--json] projects funded by one rule and not the other
  import --projects P.csv --votes V.csv --budget AMOUNT --out FILE.pb [--paper PAPER.csv]
         [--key-env VAR] [--personal-fields]
         converts a Decidim/CONSUL-style CSV export into a .pb file; voter ids are replaced by
         keyed hashes (HMAC-SHA256) with the key read from the environment variable VAR
         (default VIGIE_BUDGET_KEY), which is never stored; without a key nothing is imported.
         PAPER.csv holds paper counts per project (project id, votes) or anonymous paper
         ballots (one list of projects per row); counts only feed the greedy rules, MES and
         Phragmen need individual ballots. --personal-fields also writes age, sex, neighbourhood.

Rules: %1
  (&quot;city&quot; is the rule written in the file&apos;s META: greedy, greedy-threshold or greedy-no-skip)
Completions (mes-* rules only): none, greedy (greedy with the same satisfaction on what MES leaves),
  add1-greedy (raise every voter&apos;s budget by one unit until the budget is exhausted, then greedy)
Options:
  --audit FILE      allocate: apply the administrator overrides of FILE (FILE.pb.audit.json, written by the app)
  --json            print JSON
  -h, --help        show this help

Exit codes: 0 done, 1 failure, 2 usage error, 3 the file cannot be read.
</translation>
    </message>
    <message>
        <source>%1: no such audit log</source>
        <translation>%1: no such audit log</translation>
    </message>
</context>
<context>
    <name>vigie::feeds</name>
    <message>
        <source>unknown decoder &quot;%1&quot; (known: %2)</source>
        <translation>unknown decoder &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>%1 decoder: %2</source>
        <translation>%1 decoder: %2</translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>empty payload</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>invalid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot; has no segment %2 for the sensor id</source>
        <translation>topic &quot;%1&quot; has no segment %2 for the sensor id</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>item %1: </translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>expected an object, got %1</translation>
    </message>
    <message>
        <source>missing sensor id %1</source>
        <translation>missing sensor id %1</translation>
    </message>
    <message>
        <source>sensor id %1 is %2, not a string or an integer</source>
        <translation>sensor id %1 is %2, not a string or an integer</translation>
    </message>
    <message>
        <source>missing time %1</source>
        <translation>missing time %1</translation>
    </message>
    <message>
        <source>time %1 is %2, not an ISO 8601 time or a Unix time</source>
        <translation>time %1 is %2, not an ISO 8601 time or a Unix time</translation>
    </message>
    <message>
        <source>missing value %1</source>
        <translation>missing value %1</translation>
    </message>
    <message>
        <source>value %1 is %2, not a number</source>
        <translation>value %1 is %2, not a number</translation>
    </message>
    <message>
        <source>unit %1 is %2, not a string</source>
        <translation>unit %1 is %2, not a string</translation>
    </message>
    <message>
        <source>expected an Observation object, got %1</source>
        <translation>expected an Observation object, got %1</translation>
    </message>
    <message>
        <source>value[%1]: </source>
        <translation>value[%1]: </translation>
    </message>
    <message>
        <source>no datastream id: topic &quot;%1&quot; is not v1.x/Datastreams(id)/Observations and the payload has no Datastream/@iot.id</source>
        <translation>no datastream id: topic &quot;%1&quot; is not v1.x/Datastreams(id)/Observations and the payload has no Datastream/@iot.id</translation>
    </message>
    <message>
        <source>missing field phenomenonTime (and resultTime)</source>
        <translation>missing field phenomenonTime (and resultTime)</translation>
    </message>
    <message>
        <source>%1 is %2, not an ISO 8601 time</source>
        <translation>%1 is %2, not an ISO 8601 time</translation>
    </message>
    <message>
        <source>missing field result</source>
        <translation>missing field result</translation>
    </message>
    <message>
        <source>result is %1, not a number</source>
        <translation>result is %1, not a number</translation>
    </message>
    <message>
        <source>entity %1 is %2, not an object</source>
        <translation>entity %1 is %2, not an object</translation>
    </message>
    <message>
        <source>entity %1: missing field id</source>
        <translation>entity %1: missing field id</translation>
    </message>
    <message>
        <source>entity %1: %2 is %3, not an ISO 8601 time</source>
        <translation>entity %1: %2 is %3, not an ISO 8601 time</translation>
    </message>
    <message>
        <source>entity %1: %2.observedAt is %3, not an ISO 8601 time</source>
        <translation>entity %1: %2.observedAt is %3, not an ISO 8601 time</translation>
    </message>
    <message>
        <source>expected an uplink object, got %1</source>
        <translation>expected an uplink object, got %1</translation>
    </message>
    <message>
        <source>missing field end_device_ids.device_id</source>
        <translation>missing field end_device_ids.device_id</translation>
    </message>
    <message>
        <source>missing field uplink_message (not an uplink)</source>
        <translation>missing field uplink_message (not an uplink)</translation>
    </message>
    <message>
        <source>missing field uplink_message.decoded_payload (set a payload formatter on the network server)</source>
        <translation>missing field uplink_message.decoded_payload (set a payload formatter on the network server)</translation>
    </message>
    <message>
        <source>missing field deviceInfo.%1</source>
        <translation>missing field deviceInfo.%1</translation>
    </message>
    <message>
        <source>missing field deviceInfo.devEui (v4) or %1 (v3)</source>
        <translation>missing field deviceInfo.devEui (v4) or %1 (v3)</translation>
    </message>
    <message>
        <source>devEUI &quot;%1&quot; is neither hexadecimal nor base64 of 8 bytes</source>
        <translation>devEUI &quot;%1&quot; is neither hexadecimal nor base64 of 8 bytes</translation>
    </message>
    <message>
        <source>objectJSON: %1</source>
        <translation>objectJSON: %1</translation>
    </message>
    <message>
        <source>missing field object (set a codec on the device profile)</source>
        <translation>missing field object (set a codec on the device profile)</translation>
    </message>
    <message>
        <source>decoded payload is %1, not an object</source>
        <translation>decoded payload is %1, not an object</translation>
    </message>
    <message>
        <source>missing field %1</source>
        <translation>missing field %1</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>line %1: </translation>
    </message>
    <message>
        <source>expected 3 or 4 fields (sensor,time,value[,unit]), got %1</source>
        <translation>expected 3 or 4 fields (sensor,time,value[,unit]), got %1</translation>
    </message>
    <message>
        <source>empty sensor id</source>
        <translation>empty sensor id</translation>
    </message>
    <message>
        <source>time &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>time &quot;%1&quot; is not an ISO 8601 time</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is not a number</source>
        <translation>value &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>cannot convert to an unknown sensor kind</source>
        <translation>cannot convert to an unknown sensor kind</translation>
    </message>
    <message>
        <source>value %1 is not a finite number</source>
        <translation>value %1 is not a finite number</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; measures %2, not %3 (expected a unit convertible to %4)</source>
        <translation>unit &quot;%1&quot; measures %2, not %3 (expected a unit convertible to %4)</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; for %2 (expected a unit convertible to %3)</source>
        <translation>unknown unit &quot;%1&quot; for %2 (expected a unit convertible to %3)</translation>
    </message>
    <message>
        <source>sensor %1: %2</source>
        <translation>sensor %1: %2</translation>
    </message>
</context>
<context>
    <name>vigie::roadmap</name>
    <message>
        <source>quick win</source>
        <translation>quick win</translation>
    </message>
    <message>
        <source>structural project</source>
        <translation>structural project</translation>
    </message>
    <message>
        <source>fill-in</source>
        <translation>fill-in</translation>
    </message>
    <message>
        <source>questionable</source>
        <translation>questionable</translation>
    </message>
    <message>
        <source>weights: every weight must be &gt;= 0 and at least one above zero</source>
        <translation>weights: every weight must be &gt;= 0 and at least one above zero</translation>
    </message>
    <message>
        <source>#%1 %2: score %3 = impact %4 (%5/10) + cost %6 (%7 € over %8 years) + feasibility %9 (%10/10) + demand %11 (%12 votes); %13</source>
        <translation>#%1 %2: score %3 = impact %4 (%5/10) + cost %6 (%7 € over %8 years) + feasibility %9 (%10/10) + demand %11 (%12 votes); %13</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Street lighting</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Citizen participation</source>
        <translation>Citizen participation</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>field &quot;baseline&quot;: must be {&quot;savedAt&quot;: date, &quot;projects&quot;: [...]}</source>
        <translation>field &quot;baseline&quot;: must be {&quot;savedAt&quot;: date, &quot;projects&quot;: [...]}</translation>
    </message>
    <message>
        <source>baseline, project %1: needs id, start (YYYY-MM), durationMonths &gt;= 1 and capex &gt;= 0</source>
        <translation>baseline, project %1: needs id, start (YYYY-MM), durationMonths &gt;= 1 and capex &gt;= 0</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>field &quot;changes&quot;: must be a list</source>
        <translation>field &quot;changes&quot;: must be a list</translation>
    </message>
    <message>
        <source>change log entry %1: needs author and timestamp</source>
        <translation>change log entry %1: needs author and timestamp</translation>
    </message>
    <message>
        <source>field &quot;conflicts&quot;: must be a list</source>
        <translation>field &quot;conflicts&quot;: must be a list</translation>
    </message>
    <message>
        <source>conflict %1, field &quot;kind&quot;: &quot;%2&quot; is not a conflict kind</source>
        <translation>conflict %1, field &quot;kind&quot;: &quot;%2&quot; is not a conflict kind</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: malformed JSON: %4</source>
        <translation>%1:%2:%3: malformed JSON: %4</translation>
    </message>
    <message>
        <source>not a roadmap (the JSON is not an object)</source>
        <translation>not a roadmap (the JSON is not an object)</translation>
    </message>
    <message>
        <source>not a roadmap (field &quot;format&quot; is not &quot;vigie-roadmap&quot;)</source>
        <translation>not a roadmap (field &quot;format&quot; is not &quot;vigie-roadmap&quot;)</translation>
    </message>
    <message>
        <source>field &quot;version&quot;: missing or not a positive whole number</source>
        <translation>field &quot;version&quot;: missing or not a positive whole number</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Vigie (this one reads up to version %2)</source>
        <translation>version %1 was written by a newer Vigie (this one reads up to version %2)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;projects&quot;: missing or not a list</source>
        <translation>field &quot;projects&quot;: missing or not a list</translation>
    </message>
    <message>
        <source>project #%1 is not an object</source>
        <translation>project #%1 is not an object</translation>
    </message>
    <message>
        <source>project %1, field &quot;id&quot;: the id is used by another project</source>
        <translation>project %1, field &quot;id&quot;: the id is used by another project</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: cannot read the file (%2)</translation>
    </message>
    <message>
        <source>project %1, field &quot;dependencies&quot;: unknown project %2</source>
        <translation>project %1, field &quot;dependencies&quot;: unknown project %2</translation>
    </message>
    <message>
        <source>project %1, field &quot;dependencies&quot;: dependency cycle %2</source>
        <translation>project %1, field &quot;dependencies&quot;: dependency cycle %2</translation>
    </message>
    <message>
        <source>budget caps: &quot;%1&quot; is not YEAR=EUROS with euros &gt;= 0</source>
        <translation>budget caps: &quot;%1&quot; is not YEAR=EUROS with euros &gt;= 0</translation>
    </message>
    <message>
        <source>budget caps: year %1 is given twice</source>
        <translation>budget caps: year %1 is given twice</translation>
    </message>
    <message>
        <source>budget caps: expected YEAR=EUROS,YEAR=EUROS,...</source>
        <translation>budget caps: expected YEAR=EUROS,YEAR=EUROS,...</translation>
    </message>
    <message>
        <source>scheduling needs a year range: give yearly budget caps or the first and last year</source>
        <translation>scheduling needs a year range: give yearly budget caps or the first and last year</translation>
    </message>
    <message>
        <source>budget cap for %1: %2 is not an amount &gt;= 0</source>
        <translation>budget cap for %1: %2 is not an amount &gt;= 0</translation>
    </message>
    <message>
        <source>%1 (%2 €)</source>
        <translation>%1 (%2 €)</translation>
    </message>
    <message>
        <source>budget cap for %1: %2 € is below the spending already committed that year, %3 €, by %4</source>
        <translation>budget cap for %1: %2 € is below the spending already committed that year, %3 €, by %4</translation>
    </message>
    <message>
        <source>no feasible plan: project %1 is committed but waits for %2, which cannot start between %3 and %4</source>
        <translation>no feasible plan: project %1 is committed but waits for %2, which cannot start between %3 and %4</translation>
    </message>
    <message>
        <source>no feasible plan: the projects committed so far need projects that cannot fit under the caps between %1 and %2</source>
        <translation>no feasible plan: the projects committed so far need projects that cannot fit under the caps between %1 and %2</translation>
    </message>
    <message>
        <source>the scheduling solver failed (GLPK code %1)</source>
        <translation>the scheduling solver failed (GLPK code %1)</translation>
    </message>
    <message>
        <source>internal error: the plan breaks the dependency of %1 on %2</source>
        <translation>internal error: the plan breaks the dependency of %1 on %2</translation>
    </message>
    <message>
        <source>waits for %1, which is not scheduled</source>
        <translation>waits for %1, which is not scheduled</translation>
    </message>
    <message>
        <source>cannot start between %1 and %2 after its predecessors finish</source>
        <translation>cannot start between %1 and %2 after its predecessors finish</translation>
    </message>
    <message>
        <source>does not fit under the yearly budget caps with a start between %1 and %2</source>
        <translation>does not fit under the yearly budget caps with a start between %1 and %2</translation>
    </message>
    <message>
        <source>internal error: the plan spends %1 € in %2, above the cap of %3 €</source>
        <translation>internal error: the plan spends %1 € in %2, above the cap of %3 €</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>%1: the merge never overwrites one of its inputs; choose another output file</source>
        <translation>%1: the merge never overwrites one of its inputs; choose another output file</translation>
    </message>
    <message>
        <source>there is no conflict #%1 (the roadmap has %2)</source>
        <translation>there is no conflict #%1 (the roadmap has %2)</translation>
    </message>
    <message>
        <source>project %1: the edited value must be the whole project with the same id</source>
        <translation>project %1: the edited value must be the whole project with the same id</translation>
    </message>
    <message>
        <source>project %1 is no longer in the roadmap</source>
        <translation>project %1 is no longer in the roadmap</translation>
    </message>
    <message>
        <source>the value does not resolve the conflict: %1</source>
        <translation>the value does not resolve the conflict: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>added «%1»</source>
        <translation>added «%1»</translation>
    </message>
    <message>
        <source>deleted «%1»</source>
        <translation>deleted «%1»</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text</source>
        <translation>%1: the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is never closed</source>
        <translation>%1:%2: a quoted field is never closed</translation>
    </message>
    <message>
        <source>%1: empty file (a header row is needed)</source>
        <translation>%1: empty file (a header row is needed)</translation>
    </message>
    <message>
        <source>%1:%2, column %3: unknown column &quot;%4&quot; (known: %5)</source>
        <translation>%1:%2, column %3: unknown column &quot;%4&quot; (known: %5)</translation>
    </message>
    <message>
        <source>%1:%2, column %3: column &quot;%4&quot; appears twice</source>
        <translation>%1:%2, column %3: column &quot;%4&quot; appears twice</translation>
    </message>
    <message>
        <source>%1:%2: the header has no &quot;%3&quot; column</source>
        <translation>%1:%2: the header has no &quot;%3&quot; column</translation>
    </message>
    <message>
        <source>%1:%2, column %3 (&quot;%4&quot;): %5</source>
        <translation>%1:%2, column %3 (&quot;%4&quot;): %5</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, but the header has %4 columns</source>
        <translation>%1:%2: %3 fields, but the header has %4 columns</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SOURCE=EUROS</source>
        <translation>&quot;%1&quot; is not SOURCE=EUROS</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KPI|TARGET|UNIT</source>
        <translation>&quot;%1&quot; is not KPI|TARGET|UNIT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>project id %1 is used by an earlier row</source>
        <translation>project id %1 is used by an earlier row</translation>
    </message>
    <message>
        <source>%1 · %2 · capex %3 € · %4 months
%5</source>
        <translation>%1 · %2 · capex %3 € · %4 months
%5</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>End: %1</translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use .csv, .ics or .gan)</source>
        <translation>%1: unknown export format &quot;%2&quot; (use .csv, .ics or .gan)</translation>
    </message>
    <message>
        <source>weights: expected impact=W,cost=W,feasibility=W,demand=W</source>
        <translation>weights: expected impact=W,cost=W,feasibility=W,demand=W</translation>
    </message>
    <message>
        <source>weights: &quot;%1&quot; is not criterion=number with a number &gt;= 0</source>
        <translation>weights: &quot;%1&quot; is not criterion=number with a number &gt;= 0</translation>
    </message>
    <message>
        <source>weights: unknown criterion &quot;%1&quot; (impact, cost, feasibility, demand)</source>
        <translation>weights: unknown criterion &quot;%1&quot; (impact, cost, feasibility, demand)</translation>
    </message>
    <message>
        <source>weights: at least one weight must be above zero</source>
        <translation>weights: at least one weight must be above zero</translation>
    </message>
    <message>
        <source>project %1, field &quot;%2&quot;: %3</source>
        <translation>project %1, field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(no id)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 is outside %2..%3</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>must be a list of strings</translation>
    </message>
    <message>
        <source>item %1 must be a string</source>
        <translation>item %1 must be a string</translation>
    </message>
    <message>
        <source>missing (expected YYYY-MM)</source>
        <translation>missing (expected YYYY-MM)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (expected YYYY-MM)</source>
        <translation>&quot;%1&quot; is not a month (expected YYYY-MM)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;-&apos;)</source>
        <translation>&quot;%1&quot; is not an identifier (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <source>a project cannot depend on itself</source>
        <translation>a project cannot depend on itself</translation>
    </message>
    <message>
        <source>a dependency is listed twice</source>
        <translation>a dependency is listed twice</translation>
    </message>
    <message>
        <source>must be a list of {source, amount}</source>
        <translation>must be a list of {source, amount}</translation>
    </message>
    <message>
        <source>item %1 must be {&quot;source&quot;: text, &quot;amount&quot;: euros &gt;= 0}</source>
        <translation>item %1 must be {&quot;source&quot;: text, &quot;amount&quot;: euros &gt;= 0}</translation>
    </message>
    <message>
        <source>must be a list of {kpi, target, unit}</source>
        <translation>must be a list of {kpi, target, unit}</translation>
    </message>
    <message>
        <source>item %1 must be {&quot;kpi&quot;: text, &quot;target&quot;: number, &quot;unit&quot;: text}</source>
        <translation>item %1 must be {&quot;kpi&quot;: text, &quot;target&quot;: number, &quot;unit&quot;: text}</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap COMMAND [arguments] [options]
Roadmap of the territory&apos;s projects: merge offline edits, schedule under budget caps, rank, exchange.

Commands:
  merge BASE OURS THEIRS --out MERGED [--json]   three-way merge of roadmap files
  schedule FILE --cap YEAR=EUR,... [--json]      plan under yearly budget caps and dependencies
  rank FILE [--weights ...] [--json]             weighted multi-criteria ranking, explained
  export FILE --out X.csv|X.ics|X.gan            CSV, iCalendar milestones or GanttProject
  import CSV --out FILE                          roadmap file from a CSV table

&quot;vigie-cli roadmap COMMAND --help&quot; describes a command.
Exit codes: 0 done, 1 failure (merge: conflicts recorded), 2 usage error, 3 an input cannot be read.
</source>
        <translation>Usage: vigie-cli roadmap COMMAND [arguments] [options]
Roadmap of the territory&apos;s projects: merge offline edits, schedule under budget caps, rank, exchange.

Commands:
  merge BASE OURS THEIRS --out MERGED [--json]   three-way merge of roadmap files
  schedule FILE --cap YEAR=EUR,... [--json]      plan under yearly budget caps and dependencies
  rank FILE [--weights ...] [--json]             weighted multi-criteria ranking, explained
  export FILE --out X.csv|X.ics|X.gan            CSV, iCalendar milestones or GanttProject
  import CSV --out FILE                          roadmap file from a CSV table

&quot;vigie-cli roadmap COMMAND --help&quot; describes a command.
Exit codes: 0 done, 1 failure (merge: conflicts recorded), 2 usage error, 3 an input cannot be read.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap merge BASE OURS THEIRS --out MERGED [--json]
Three-way merge at field level of two edited copies (OURS, THEIRS) of a common BASE.
Changes to different projects or fields merge; identical changes are not conflicts; a real
conflict is recorded in MERGED (our value kept until resolved). A project deleted on one side
and edited on the other is kept and reported. MERGED is written atomically and may not be an input.
Exit codes: 0 merged clean, 1 merged with conflicts recorded, 2 usage error, 3 an input cannot be read.
</source>
        <translation>Usage: vigie-cli roadmap merge BASE OURS THEIRS --out MERGED [--json]
Three-way merge at field level of two edited copies (OURS, THEIRS) of a common BASE.
Changes to different projects or fields merge; identical changes are not conflicts; a real
conflict is recorded in MERGED (our value kept until resolved). A project deleted on one side
and edited on the other is kept and reported. MERGED is written atomically and may not be an input.
Exit codes: 0 merged clean, 1 merged with conflicts recorded, 2 usage error, 3 an input cannot be read.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap schedule FILE --cap YEAR=EUR,YEAR=EUR,... [options]
Chooses each project&apos;s start year (MILP, GLPK) so that every year&apos;s capex stays under its cap,
dependencies are respected and high-priority projects start first; prints the critical path.
Options:
  --cap YEAR=EUR,...      yearly capex caps in euros (required)
  --first-year Y          earliest start year (default: the first capped year)
  --last-year Y           latest start year (default: the last capped year)
  --weights W             priority weights, as for rank
  --out FILE              write the roadmap with the planned starts (atomically)
  --json                  print JSON
Exit codes: 0 planned, 1 no plan (dependency cycle, cap below committed spending, ...), 2 usage, 3 unreadable input.
</source>
        <translation>Usage: vigie-cli roadmap schedule FILE --cap YEAR=EUR,YEAR=EUR,... [options]
Chooses each project&apos;s start year (MILP, GLPK) so that every year&apos;s capex stays under its cap,
dependencies are respected and high-priority projects start first; prints the critical path.
Options:
  --cap YEAR=EUR,...      yearly capex caps in euros (required)
  --first-year Y          earliest start year (default: the first capped year)
  --last-year Y           latest start year (default: the last capped year)
  --weights W             priority weights, as for rank
  --out FILE              write the roadmap with the planned starts (atomically)
  --json                  print JSON
Exit codes: 0 planned, 1 no plan (dependency cycle, cap below committed spending, ...), 2 usage, 3 unreadable input.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap rank FILE [--weights impact=W,cost=W,feasibility=W,demand=W] [--json]
Ranks the projects not done nor cancelled by a weighted score (0-100) of impact, cost (life-cycle,
cheaper is better), feasibility and citizen demand (votes), each criterion&apos;s contribution shown,
and classes them in the impact/effort matrix (quick win, structural, fill-in, questionable).
Default weights: impact=0.4,cost=0.2,feasibility=0.2,demand=0.2.
Exit codes: 0 done, 2 usage error, 3 the file cannot be read.
</source>
        <translation>Usage: vigie-cli roadmap rank FILE [--weights impact=W,cost=W,feasibility=W,demand=W] [--json]
Ranks the projects not done nor cancelled by a weighted score (0-100) of impact, cost (life-cycle,
cheaper is better), feasibility and citizen demand (votes), each criterion&apos;s contribution shown,
and classes them in the impact/effort matrix (quick win, structural, fill-in, questionable).
Default weights: impact=0.4,cost=0.2,feasibility=0.2,demand=0.2.
Exit codes: 0 done, 2 usage error, 3 the file cannot be read.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap export FILE --out X.csv|X.ics|X.gan
Exports the roadmap as CSV, as iCalendar start and end milestones, or as a GanttProject file.
Exit codes: 0 done, 1 the output cannot be written, 2 usage error, 3 the file cannot be read.
</source>
        <translation>Usage: vigie-cli roadmap export FILE --out X.csv|X.ics|X.gan
Exports the roadmap as CSV, as iCalendar start and end milestones, or as a GanttProject file.
Exit codes: 0 done, 1 the output cannot be written, 2 usage error, 3 the file cannot be read.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap import CSV --out FILE
Creates a roadmap file from a CSV table with the columns of &quot;roadmap export&quot; (title, domain,
start and duration_months required). Nothing is written when a row is wrong.
Exit codes: 0 done, 1 the output cannot be written, 2 usage error, 3 the CSV cannot be read.
</source>
        <translation>Usage: vigie-cli roadmap import CSV --out FILE
Creates a roadmap file from a CSV table with the columns of &quot;roadmap export&quot; (title, domain,
start and duration_months required). Nothing is written when a row is wrong.
Exit codes: 0 done, 1 the output cannot be written, 2 usage error, 3 the CSV cannot be read.
</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>(roadmap)</source>
        <translation>(roadmap)</translation>
    </message>
    <message>
        <source>project %1: deleted by %2, edited by %3 (kept, edited version)</source>
        <translation>project %1: deleted by %2, edited by %3 (kept, edited version)</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>ours</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <source>project %1, field &quot;dependencies&quot;: depends on a project the merge removed: %2</source>
        <translation>project %1, field &quot;dependencies&quot;: depends on a project the merge removed: %2</translation>
    </message>
    <message>
        <source>project %1, field &quot;%2&quot;: added on both sides with different values: ours %3, theirs %4</source>
        <translation>project %1, field &quot;%2&quot;: added on both sides with different values: ours %3, theirs %4</translation>
    </message>
    <message>
        <source>project %1, field &quot;%2&quot;: base %3, ours %4, theirs %5</source>
        <translation>project %1, field &quot;%2&quot;: base %3, ours %4, theirs %5</translation>
    </message>
    <message>
        <source>roadmap merge: expected BASE OURS THEIRS --out MERGED</source>
        <translation>roadmap merge: expected BASE OURS THEIRS --out MERGED</translation>
    </message>
    <message>
        <source>roadmap merge: %1</source>
        <translation>roadmap merge: %1</translation>
    </message>
    <message>
        <source>Merged %1 projects into %2: %3 change(s) from ours, %4 from theirs.</source>
        <translation>Merged %1 projects into %2: %3 change(s) from ours, %4 from theirs.</translation>
    </message>
    <message>
        <source>No conflict.</source>
        <translation>No conflict.</translation>
    </message>
    <message>
        <source>%1 conflict(s) recorded in the merged file (our value kept until resolved):</source>
        <translation>%1 conflict(s) recorded in the merged file (our value kept until resolved):</translation>
    </message>
    <message>
        <source>roadmap %1: expected one roadmap FILE</source>
        <translation>roadmap %1: expected one roadmap FILE</translation>
    </message>
    <message>
        <source>roadmap %1: %2</source>
        <translation>roadmap %1: %2</translation>
    </message>
    <message>
        <source>roadmap rank: %1</source>
        <translation>roadmap rank: %1</translation>
    </message>
    <message>
        <source>Ranking of %1 projects with weights %2:</source>
        <translation>Ranking of %1 projects with weights %2:</translation>
    </message>
    <message>
        <source>roadmap schedule: --cap YEAR=EUR,... is required</source>
        <translation>roadmap schedule: --cap YEAR=EUR,... is required</translation>
    </message>
    <message>
        <source>roadmap schedule: %1</source>
        <translation>roadmap schedule: %1</translation>
    </message>
    <message>
        <source>roadmap schedule: %1 needs a year, not &quot;%2&quot;</source>
        <translation>roadmap schedule: %1 needs a year, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>roadmap schedule: --out must not be the input file</source>
        <translation>roadmap schedule: --out must not be the input file</translation>
    </message>
    <message>
        <source>Optimal plan:</source>
        <translation>Optimal plan:</translation>
    </message>
    <message>
        <source>Feasible plan (time limit reached before proving optimality):</source>
        <translation>Feasible plan (time limit reached before proving optimality):</translation>
    </message>
    <message>
        <source> (committed)</source>
        <translation> (committed)</translation>
    </message>
    <message>
        <source> (moved from %1)</source>
        <translation> (moved from %1)</translation>
    </message>
    <message>
        <source>  not scheduled  %1: %2</source>
        <translation>  not scheduled  %1: %2</translation>
    </message>
    <message>
        <source>Capex per year (committed + planned / cap), euros:</source>
        <translation>Capex per year (committed + planned / cap), euros:</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>no cap</translation>
    </message>
    <message>
        <source>Critical path (ends %1): %2</source>
        <translation>Critical path (ends %1): %2</translation>
    </message>
    <message>
        <source>roadmap export: --out X.csv|X.ics|X.gan is required</source>
        <translation>roadmap export: --out X.csv|X.ics|X.gan is required</translation>
    </message>
    <message>
        <source>roadmap export: %1: unknown format &quot;%2&quot; (use .csv, .ics or .gan)</source>
        <translation>roadmap export: %1: unknown format &quot;%2&quot; (use .csv, .ics or .gan)</translation>
    </message>
    <message>
        <source>roadmap export: %1</source>
        <translation>roadmap export: %1</translation>
    </message>
    <message>
        <source>Exported %1 projects to %2</source>
        <translation>Exported %1 projects to %2</translation>
    </message>
    <message>
        <source>roadmap import: expected CSV --out FILE</source>
        <translation>roadmap import: expected CSV --out FILE</translation>
    </message>
    <message>
        <source>roadmap import: %1: cannot read the file (%2)</source>
        <translation>roadmap import: %1: cannot read the file (%2)</translation>
    </message>
    <message>
        <source>roadmap import: %1</source>
        <translation>roadmap import: %1</translation>
    </message>
    <message>
        <source>vigie-cli import</source>
        <translation>vigie-cli import</translation>
    </message>
    <message>
        <source>imported %1 projects from %2</source>
        <translation>imported %1 projects from %2</translation>
    </message>
    <message>
        <source>roadmap import: warning: %1</source>
        <translation>roadmap import: warning: %1</translation>
    </message>
    <message>
        <source>Imported %1 projects into %2</source>
        <translation>Imported %1 projects into %2</translation>
    </message>
    <message>
        <source>Roadmap of projects: merges offline edits, schedules under budget caps, ranks, exports and imports.</source>
        <translation>Roadmap of projects: merges offline edits, schedules under budget caps, ranks, exports and imports.</translation>
    </message>
    <message>
        <source>roadmap: %1</source>
        <translation>roadmap: %1</translation>
    </message>
    <message>
        <source>roadmap: unknown command &quot;%1&quot;</source>
        <translation>roadmap: unknown command &quot;%1&quot;</translation>
    </message>
</context>
</TS>
