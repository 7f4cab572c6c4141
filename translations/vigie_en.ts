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
    <message>
        <source>%1 % %2-%3</source>
        <translation>%1 % %2-%3</translation>
    </message>
    <message>
        <source>below 40 %</source>
        <translation>below 40 %</translation>
    </message>
    <message>
        <source>40-60 %</source>
        <translation>40-60 %</translation>
    </message>
    <message>
        <source>60-80 %</source>
        <translation>60-80 %</translation>
    </message>
    <message>
        <source>80-99 %</source>
        <translation>80-99 %</translation>
    </message>
    <message>
        <source>full power all night</source>
        <translation>full power all night</translation>
    </message>
    <message>
        <source>cannot write the chart image %1</source>
        <translation>cannot write the chart image %1</translation>
    </message>
    <message>
        <source>pressure-driven analysis needs REQUIRED PRESSURE above MINIMUM PRESSURE (by 0.1 at least) and a positive PRESSURE EXPONENT</source>
        <translation>pressure-driven analysis needs REQUIRED PRESSURE above MINIMUM PRESSURE (by 0.1 at least) and a positive PRESSURE EXPONENT</translation>
    </message>
    <message>
        <source>line %1: rule &quot;%2&quot;: %3</source>
        <translation>line %1: rule &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>unknown relation &quot;%1&quot;</source>
        <translation>unknown relation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time</source>
        <translation>&quot;%1&quot; is not a time</translation>
    </message>
    <message>
        <source>unknown system attribute &quot;%1&quot;</source>
        <translation>unknown system attribute &quot;%1&quot;</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; does not apply to node &quot;%2&quot;</source>
        <translation>attribute &quot;%1&quot; does not apply to node &quot;%2&quot;</translation>
    </message>
    <message>
        <source>status must be OPEN, CLOSED or ACTIVE, not &quot;%1&quot;</source>
        <translation>status must be OPEN, CLOSED or ACTIVE, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a status is compared with IS or NOT only</source>
        <translation>a status is compared with IS or NOT only</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; does not apply to link &quot;%2&quot;</source>
        <translation>attribute &quot;%1&quot; does not apply to link &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown object &quot;%1&quot;</source>
        <translation>unknown object &quot;%1&quot;</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; has no numeric setting</source>
        <translation>link &quot;%1&quot; has no numeric setting</translation>
    </message>
    <message>
        <source>line %1: [ENERGY]: %2</source>
        <translation>line %1: [ENERGY]: %2</translation>
    </message>
    <message>
        <source>unknown pump &quot;%1&quot;</source>
        <translation>unknown pump &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;PUMP id EFFIC|PRICE|PATTERN value&quot;</source>
        <translation>expected &quot;PUMP id EFFIC|PRICE|PATTERN value&quot;</translation>
    </message>
    <message>
        <source>unknown efficiency curve &quot;%1&quot;</source>
        <translation>unknown efficiency curve &quot;%1&quot;</translation>
    </message>
    <message>
        <source>efficiency curve &quot;%1&quot; has no point</source>
        <translation>efficiency curve &quot;%1&quot; has no point</translation>
    </message>
    <message>
        <source>efficiency must be a percentage, not &quot;%1&quot;</source>
        <translation>efficiency must be a percentage, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>price must be a number &gt;= 0, not &quot;%1&quot;</source>
        <translation>price must be a number &gt;= 0, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown pattern &quot;%1&quot;</source>
        <translation>unknown pattern &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown keyword &quot;%1&quot;</source>
        <translation>unknown keyword &quot;%1&quot;</translation>
    </message>
    <message>
        <source>demand charge must be a number &gt;= 0, not &quot;%1&quot;</source>
        <translation>demand charge must be a number &gt;= 0, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>check valve &quot;%1&quot; kept changing status and was held %2 (flow %3)</source>
        <translation>check valve &quot;%1&quot; kept changing status and was held %2 (flow %3)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Usage: vigie-cli water simulate NET.inp --out DIR [--duration HOURS]

Runs an extended-period hydraulic simulation of an EPANET input file and writes,
at every reporting step and in the network&apos;s own units:
  DIR/nodes.csv  time_s,node_id,demand,head,pressure
  DIR/links.csv  time_s,link_id,flow,velocity,headloss,status
  DIR/energy.csv pump_id,utilization_pct,efficiency_pct,kwh_per_volume,average_kw,peak_kw,kwh,cost,cost_per_day
                 (volume: million US gallons in US units, m3 in SI units; last line: demand charge)

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
  DIR/energy.csv pump_id,utilization_pct,efficiency_pct,kwh_per_volume,average_kw,peak_kw,kwh,cost,cost_per_day
                 (volume: million US gallons in US units, m3 in SI units; last line: demand charge)

Options:
  --out DIR          output folder (created when missing)
  --duration HOURS   simulated duration instead of the file&apos;s [TIMES] Duration
  -h, --help         this help

Exit codes: 0 ok, 1 simulation failed (e.g. no convergence), 2 usage error,
3 unreadable or invalid input file.
</translation>
    </message>
    <message>
        <source>warning: time %1 s: %2</source>
        <translation>warning: time %1 s: %2</translation>
    </message>
    <message>
        <source>cannot read the feed configuration %1: %2</source>
        <translation>cannot read the feed configuration %1: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1: invalid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: a feed configuration is a JSON object</source>
        <translation>%1: a feed configuration is a JSON object</translation>
    </message>
    <message>
        <source>%1: field &quot;authcfg&quot; must be the id of a QGIS authentication configuration (a string)</source>
        <translation>%1: field &quot;authcfg&quot; must be the id of a QGIS authentication configuration (a string)</translation>
    </message>
    <message>
        <source>the QGIS authentication manager is not available (authentication configuration %1)</source>
        <translation>the QGIS authentication manager is not available (authentication configuration %1)</translation>
    </message>
    <message>
        <source>no QGIS authentication configuration with id %1</source>
        <translation>no QGIS authentication configuration with id %1</translation>
    </message>
    <message>
        <source>cannot read QGIS authentication configuration %1 (master password not given or wrong)</source>
        <translation>cannot read QGIS authentication configuration %1 (master password not given or wrong)</translation>
    </message>
    <message>
        <source>QGIS authentication configuration %1 uses the %2 method; an MQTT feed needs Basic (user name and password)</source>
        <translation>QGIS authentication configuration %1 uses the %2 method; an MQTT feed needs Basic (user name and password)</translation>
    </message>
    <message>
        <source>EN 13201 class</source>
        <translation>EN 13201 class</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technology</translation>
    </message>
    <message>
        <source>Proposed dimming</source>
        <translation>Proposed dimming</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Class family</source>
        <translation>Class family</translation>
    </message>
    <message>
        <source>Luminaires</source>
        <translation>Luminaires</translation>
    </message>
    <message>
        <source>Why this class</source>
        <translation>Why this class</translation>
    </message>
    <message>
        <source>Proposed dimming profile</source>
        <translation>Proposed dimming profile</translation>
    </message>
    <message>
        <source>Night-mean level (%)</source>
        <translation>Night-mean level (%)</translation>
    </message>
    <message>
        <source>Segment index</source>
        <translation>Segment index</translation>
    </message>
    <message>
        <source>Lighting classes</source>
        <translation>Lighting classes</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
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
        <source>System power (W)</source>
        <translation>System power (W)</translation>
    </message>
    <message>
        <source>Dimmable</source>
        <translation>Dimmable</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>LED retrofit year</source>
        <translation>LED retrofit year</translation>
    </message>
    <message>
        <source>Luminaire index</source>
        <translation>Luminaire index</translation>
    </message>
    <message>
        <source>Luminaires (analysis)</source>
        <translation>Luminaires (analysis)</translation>
    </message>
    <message>
        <source>Lit streets</source>
        <translation>Lit streets</translation>
    </message>
    <message>
        <source>up to 60 W</source>
        <translation>up to 60 W</translation>
    </message>
    <message>
        <source>60-120 W</source>
        <translation>60-120 W</translation>
    </message>
    <message>
        <source>120-180 W</source>
        <translation>120-180 W</translation>
    </message>
    <message>
        <source>180-300 W</source>
        <translation>180-300 W</translation>
    </message>
    <message>
        <source>over 300 W</source>
        <translation>over 300 W</translation>
    </message>
    <message>
        <source>Street lighting report</source>
        <translation>Street lighting report</translation>
    </message>
    <message>
        <source>Street lighting — %1</source>
        <translation>Street lighting — %1</translation>
    </message>
    <message>
        <source>%1 luminaires, %2 lit streets, %3 lit hours per year · Vigie, %4</source>
        <translation>%1 luminaires, %2 lit streets, %3 lit hours per year · Vigie, %4</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Per year</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Dimming only</source>
        <translation>Dimming only</translation>
    </message>
    <message>
        <source>After the plan</source>
        <translation>After the plan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Energy (MWh)</source>
        <translation>Energy (MWh)</translation>
    </message>
    <message>
        <source>Cost (k€)</source>
        <translation>Cost (k€)</translation>
    </message>
    <message>
        <source>CO₂ (t)</source>
        <translation>CO₂ (t)</translation>
    </message>
    <message>
        <source>Retrofit plan</source>
        <translation>Retrofit plan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>%1 k€</source>
        <translation>%1 k€</translation>
    </message>
    <message>
        <source>CEE subsidies</source>
        <translation>CEE subsidies</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>NPV of savings</source>
        <translation>NPV of savings</translation>
    </message>
    <message>
        <source>Gap to the LP bound</source>
        <translation>Gap to the LP bound</translation>
    </message>
    <message>
        <source>Compliance (street × band)</source>
        <translation>Compliance (street × band)</translation>
    </message>
    <message>
        <source>%1 % of %2 cells</source>
        <translation>%1 % of %2 cells</translation>
    </message>
    <message>
        <source>Budget %1 k€ per year over %2 years (%3)</source>
        <translation>Budget %1 k€ per year over %2 years (%3)</translation>
    </message>
    <message>
        <source>whole cabinets</source>
        <translation>whole cabinets</translation>
    </message>
    <message>
        <source>single luminaires</source>
        <translation>single luminaires</translation>
    </message>
    <message>
        <source>Tariff %1 / %2 €/kWh (peak / off-peak)</source>
        <translation>Tariff %1 / %2 €/kWh (peak / off-peak)</translation>
    </message>
    <message>
        <source>%1 kg CO₂e/kWh; CEE %2 € per luminaire</source>
        <translation>%1 kg CO₂e/kWh; CEE %2 € per luminaire</translation>
    </message>
    <message>
        <source>P-class streets switched off %1-%2</source>
        <translation>P-class streets switched off %1-%2</translation>
    </message>
    <message>
        <source>No switch-off window</source>
        <translation>No switch-off window</translation>
    </message>
    <message>
        <source>Energy, savings and plan</source>
        <translation>Energy, savings and plan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Cabinets</source>
        <translation>Cabinets</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>CEE (k€)</source>
        <translation>CEE (k€)</translation>
    </message>
    <message>
        <source>MWh saved/yr</source>
        <translation>MWh saved/yr</translation>
    </message>
    <message>
        <source>Design class</source>
        <translation>Design class</translation>
    </message>
    <message>
        <source>Street × band cells</source>
        <translation>Street × band cells</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>run the optimisation before exporting the report</source>
        <translation>run the optimisation before exporting the report</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>the print layout could not be exported to PDF (QGIS exporter code %1)</source>
        <translation>the print layout could not be exported to PDF (QGIS exporter code %1)</translation>
    </message>
    <message>
        <source>cannot read the exported PDF %1</source>
        <translation>cannot read the exported PDF %1</translation>
    </message>
    <message>
        <source>%1: cannot read the PostGIS database: %2</source>
        <translation>%1: cannot read the PostGIS database: %2</translation>
    </message>
    <message>
        <source>%1: cannot connect to PostgreSQL: %2</source>
        <translation>%1: cannot connect to PostgreSQL: %2</translation>
    </message>
    <message>
        <source>the PostGIS extension is not installed in this database</source>
        <translation>the PostGIS extension is not installed in this database</translation>
    </message>
    <message>
        <source>%1 is a PostGIS database but not a Vigie territory</source>
        <translation>%1 is a PostGIS database but not a Vigie territory</translation>
    </message>
    <message>
        <source>%1: cannot open the PostGIS database: %2</source>
        <translation>%1: cannot open the PostGIS database: %2</translation>
    </message>
    <message>
        <source>%1 already holds a territory; a territory is never overwritten</source>
        <translation>%1 already holds a territory; a territory is never overwritten</translation>
    </message>
    <message>
        <source>%1: the database already has a table %2; use an empty database</source>
        <translation>%1: the database already has a table %2; use an empty database</translation>
    </message>
    <message>
        <source>%1: PostGIS is not available in the database (CREATE EXTENSION postgis: %2)</source>
        <translation>%1: PostGIS is not available in the database (CREATE EXTENSION postgis: %2)</translation>
    </message>
    <message>
        <source>credentials of the PostGIS connection: %1</source>
        <translation>credentials of the PostGIS connection: %1</translation>
    </message>
    <message>
        <source>PostGIS service %1</source>
        <translation>PostGIS service %1</translation>
    </message>
    <message>
        <source>PostGIS %1</source>
        <translation>PostGIS %1</translation>
    </message>
    <message>
        <source>PostGIS %1 on %2</source>
        <translation>PostGIS %1 on %2</translation>
    </message>
    <message>
        <source>your database role</source>
        <translation>your database role</translation>
    </message>
    <message>
        <source>the database role %1</source>
        <translation>the database role %1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the change: %1 lacks the right to write table %2 (read-only access). Nothing was changed. Ask the territory&apos;s administrator for the operator or planner role.</source>
        <translation>PostgreSQL refused the change: %1 lacks the right to write table %2 (read-only access). Nothing was changed. Ask the territory&apos;s administrator for the operator or planner role.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the change: in table %1, %2 may only write rows of its own commune. Nothing was changed.</source>
        <translation>PostgreSQL refused the change: in table %1, %2 may only write rows of its own commune. Nothing was changed.</translation>
    </message>
    <message>
        <source>fid %1: invalid geometry</source>
        <translation>fid %1: invalid geometry</translation>
    </message>
    <message>
        <source>layer table %1 is missing</source>
        <translation>layer table %1 is missing</translation>
    </message>
    <message>
        <source>table %1, fid %2: the feature is gone</source>
        <translation>table %1, fid %2: the feature is gone</translation>
    </message>
    <message>
        <source>table %1, fid %2: %3</source>
        <translation>table %1, fid %2: %3</translation>
    </message>
    <message>
        <source>table %1, key %2: %3</source>
        <translation>table %1, key %2: %3</translation>
    </message>
    <message>
        <source>%1 is not an offline checkout (no %2 table): create one with vigie-cli territory checkout</source>
        <translation>%1 is not an offline checkout (no %2 table): create one with vigie-cli territory checkout</translation>
    </message>
    <message>
        <source>%1: the checkout names no source</source>
        <translation>%1: the checkout names no source</translation>
    </message>
    <message>
        <source>%1 already exists: a checkout never overwrites a file</source>
        <translation>%1 already exists: a checkout never overwrites a file</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>cannot rename %1 to %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>cannot start a transaction</translation>
    </message>
    <message>
        <source>stopped by the test hook</source>
        <translation>stopped by the test hook</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>cannot commit</translation>
    </message>
    <message>
        <source>no bookmark %1 in %2</source>
        <translation>no bookmark %1 in %2</translation>
    </message>
</context>
<context>
    <name>vigie::AgendaEditor</name>
    <message>
        <source>Meeting agendas — %1</source>
        <translation>Meeting agendas — %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicate…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>Title of the deck, e.g. Conseil municipal du 12 décembre</source>
        <translation>Title of the deck, e.g. Conseil municipal du 12 décembre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>Deck &amp;title:</source>
        <translation>Deck &amp;title:</translation>
    </message>
    <message>
        <source>Language of the deck:</source>
        <translation>Language of the deck:</translation>
    </message>
    <message>
        <source>Slides the territory can give; greyed ones are missing (the reason is in their tooltip). Double-click to add.</source>
        <translation>Slides the territory can give; greyed ones are missing (the reason is in their tooltip). Double-click to add.</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Add →</translation>
    </message>
    <message>
        <source>Available slides</source>
        <translation>Available slides</translation>
    </message>
    <message>
        <source>The slides of the agenda in their order: drag to reorder, double-click (or F2) to change a title</source>
        <translation>The slides of the agenda in their order: drag to reorder, double-click (or F2) to change a title</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Original t&amp;itle</source>
        <translation>Original t&amp;itle</translation>
    </message>
    <message>
        <source>Slides of this agenda, in order</source>
        <translation>Slides of this agenda, in order</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Export P&amp;NG…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Drop the changes to « %1 »?</source>
        <translation>Drop the changes to « %1 »?</translation>
    </message>
    <message>
        <source>Deck written: %1</source>
        <translation>Deck written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written in %1</source>
        <translation>
            <numerusform>%n image written in %1</numerusform>
            <numerusform>%n images written in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The deck could not be exported: %1</source>
        <translation>The deck could not be exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) available.</source>
        <translation>
            <numerusform>%n slide available.</numerusform>
            <numerusform>%n slides available.</numerusform>
        </translation>
    </message>
    <message>
        <source>The slides of the territory cannot be listed: %1</source>
        <translation>The slides of the territory cannot be listed: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The agendas of %1 cannot be read: %2</source>
        <translation>The agendas of %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The agenda « %1 » cannot be read: %2</source>
        <translation>The agenda « %1 » cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 — slide « %2 » (%3)</source>
        <translation>%1 — slide « %2 » (%3)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>The territory cannot give the slide « %1 »: the deck will say what is missing.</source>
        <translation>The territory cannot give the slide « %1 »: the deck will say what is missing.</translation>
    </message>
    <message>
        <source>Listing the slides of the territory…</source>
        <translation>Listing the slides of the territory…</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>Slide « %1 » (%2)</source>
        <translation>Slide « %1 » (%2)</translation>
    </message>
    <message>
        <source>The territory has no slide « %1 ».</source>
        <translation>The territory has no slide « %1 ».</translation>
    </message>
    <message>
        <source>The agenda has no name.</source>
        <translation>The agenda has no name.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>The agenda « %1 » was not saved in %2: %3</source>
        <translation>The agenda « %1 » was not saved in %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Agenda « %1 » saved in the territory (%n slide(s)).</source>
        <translation>
            <numerusform>Agenda « %1 » saved in the territory (%n slide).</numerusform>
            <numerusform>Agenda « %1 » saved in the territory (%n slides).</numerusform>
        </translation>
    </message>
    <message>
        <source>The new agenda needs a name.</source>
        <translation>The new agenda needs a name.</translation>
    </message>
    <message>
        <source>There is already an agenda named « %1 ».</source>
        <translation>There is already an agenda named « %1 ».</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Agenda « %1 » created.</source>
        <translation>Agenda « %1 » created.</translation>
    </message>
    <message>
        <source>The agenda « %1 » was not deleted from %2: %3</source>
        <translation>The agenda « %1 » was not deleted from %2: %3</translation>
    </message>
    <message>
        <source>no agenda selected</source>
        <translation>no agenda selected</translation>
    </message>
    <message>
        <source>Agenda « %1 » deleted.</source>
        <translation>Agenda « %1 » deleted.</translation>
    </message>
    <message>
        <source>New agenda</source>
        <translation>New agenda</translation>
    </message>
    <message>
        <source>Name of the agenda (a short key, e.g. commission-travaux):</source>
        <translation>Name of the agenda (a short key, e.g. commission-travaux):</translation>
    </message>
    <message>
        <source>Duplicate the agenda</source>
        <translation>Duplicate the agenda</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name of the copy:</translation>
    </message>
    <message>
        <source>Delete the agenda</source>
        <translation>Delete the agenda</translation>
    </message>
    <message>
        <source>Delete the agenda « %1 » from the territory? A default agenda comes back as it was.</source>
        <translation>Delete the agenda « %1 » from the territory? A default agenda comes back as it was.</translation>
    </message>
    <message>
        <source>The agenda has no slide to export.</source>
        <translation>The agenda has no slide to export.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <source>Export the deck as PDF</source>
        <translation>Export the deck as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PNG images of the deck</source>
        <translation>Folder for the PNG images of the deck</translation>
    </message>
    <message>
        <source>Save the changes to « %1 »?</source>
        <translation>Save the changes to « %1 »?</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmsPanel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>%1 (back to normal)</source>
        <translation>%1 (back to normal)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Name recorded with acknowledge and clear (your session&apos;s user name by default)</source>
        <translation>Name recorded with acknowledge and clear (your session&apos;s user name by default)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Show cleared</source>
        <translation>Show cleared</translation>
    </message>
    <message>
        <source>(unbound)</source>
        <translation>(unbound)</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s)</source>
        <translation>
            <numerusform>%n open alarm</numerusform>
            <numerusform>%n open alarms</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the operator&apos;s name before acknowledging an alarm.</source>
        <translation>Give the operator&apos;s name before acknowledging an alarm.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name before clearing an alarm.</source>
        <translation>Give the operator&apos;s name before clearing an alarm.</translation>
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
    <name>vigie::BudgetMap</name>
    <message>
        <source>Participatory budget projects</source>
        <translation>Participatory budget projects</translation>
    </message>
    <message>
        <source>On the map: %1 projects by their coordinates, %2 in their district.</source>
        <translation>On the map: %1 projects by their coordinates, %2 in their district.</translation>
    </message>
    <message>
        <source>%1 projects have neither coordinates nor a district of this territory.</source>
        <translation>%1 projects have neither coordinates nor a district of this territory.</translation>
    </message>
    <message>
        <source>Funded by both rules</source>
        <translation>Funded by both rules</translation>
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
        <source>Not funded</source>
        <translation>Not funded</translation>
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
    <message>
        <source>Attach to territory</source>
        <translation>Attach to territory</translation>
    </message>
    <message>
        <source>Store this vote and rule A&apos;s result in the open territory: the review deck and vigie-cli budget show then give it (overrides are not included)</source>
        <translation>Store this vote and rule A&apos;s result in the open territory: the review deck and vigie-cli budget show then give it (overrides are not included)</translation>
    </message>
    <message>
        <source>Open a territory and a participatory-budget file first.</source>
        <translation>Open a territory and a participatory-budget file first.</translation>
    </message>
    <message>
        <source>Cannot attach %1 to the territory: %2</source>
        <translation>Cannot attach %1 to the territory: %2</translation>
    </message>
    <message>
        <source>%1 attached to the territory: the review deck shows its result.</source>
        <translation>%1 attached to the territory: the review deck shows its result.</translation>
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
    <name>vigie::CheckoutDialog</name>
    <message>
        <source>Take an Offline Copy</source>
        <translation>Take an Offline Copy</translation>
    </message>
    <message>
        <source>Copy part of &lt;b&gt;%1&lt;/b&gt; into a GeoPackage to edit it without the server. Territory ▸ Synchronise with the server… sends the edits back later; edits made on both sides to the same field are reported as conflicts, never lost.</source>
        <translation>Copy part of &lt;b&gt;%1&lt;/b&gt; into a GeoPackage to edit it without the server. Territory ▸ Synchronise with the server… sends the edits back later; edits made on both sides to the same field are reported as conflicts, never lost.</translation>
    </message>
    <message>
        <source>Part of the territory</source>
        <translation>Part of the territory</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Name or INSEE code</source>
        <translation>Name or INSEE code</translation>
    </message>
    <message>
        <source>Current map extent:</source>
        <translation>Current map extent:</translation>
    </message>
    <message>
        <source>no map extent</source>
        <translation>no map extent</translation>
    </message>
    <message>
        <source>The whole territory</source>
        <translation>The whole territory</translation>
    </message>
    <message>
        <source>Offline copy:</source>
        <translation>Offline copy:</translation>
    </message>
    <message>
        <source>GeoPackage file to create</source>
        <translation>GeoPackage file to create</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Take the Copy</source>
        <translation>Take the Copy</translation>
    </message>
    <message>
        <source>Open the Copy</source>
        <translation>Open the Copy</translation>
    </message>
    <message>
        <source>The territory has no communes layer</source>
        <translation>The territory has no communes layer</translation>
    </message>
    <message>
        <source>There is no map extent to copy: choose a commune or the whole territory</source>
        <translation>There is no map extent to copy: choose a commune or the whole territory</translation>
    </message>
    <message>
        <source>Type the name or the INSEE code of the commune to copy</source>
        <translation>Type the name or the INSEE code of the commune to copy</translation>
    </message>
    <message>
        <source>%1 communes are named %2 (codes %3): pick one in the list</source>
        <translation>%1 communes are named %2 (codes %3): pick one in the list</translation>
    </message>
    <message>
        <source>No commune named or coded &quot;%1&quot; in the territory&apos;s communes layer</source>
        <translation>No commune named or coded &quot;%1&quot; in the territory&apos;s communes layer</translation>
    </message>
    <message>
        <source>%p% — %1</source>
        <translation>%p% — %1</translation>
    </message>
    <message>
        <source>Taking the offline copy into %1… Cancel stops it and removes the partial copy.</source>
        <translation>Taking the offline copy into %1… Cancel stops it and removes the partial copy.</translation>
    </message>
    <message>
        <source>offline copy.gpkg</source>
        <translation>offline copy.gpkg</translation>
    </message>
    <message>
        <source>Offline Copy</source>
        <translation>Offline Copy</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Offline copy ready in %1: %2 features kept (%3 left out), %4 rows of the roadmap, budget and agenda tables.</source>
        <translation>Offline copy ready in %1: %2 features kept (%3 left out), %4 rows of the roadmap, budget and agenda tables.</translation>
    </message>
    <message>
        <source>Cannot take the offline copy: %1</source>
        <translation>Cannot take the offline copy: %1</translation>
    </message>
    <message>
        <source>%1 offline.gpkg</source>
        <translation>%1 offline.gpkg</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territory</translation>
    </message>
</context>
<context>
    <name>vigie::CheckoutJob</name>
    <message>
        <source>An offline copy is already being taken</source>
        <translation>An offline copy is already being taken</translation>
    </message>
    <message>
        <source>Choose the file of the offline copy</source>
        <translation>Choose the file of the offline copy</translation>
    </message>
    <message>
        <source>%1 already exists: an offline copy never overwrites a file; choose another name</source>
        <translation>%1 already exists: an offline copy never overwrites a file; choose another name</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: no such folder</translation>
    </message>
    <message>
        <source>Offline copy to %1 cancelled</source>
        <translation>Offline copy to %1 cancelled</translation>
    </message>
    <message>
        <source>Cancelled: no offline copy was written</source>
        <translation>Cancelled: no offline copy was written</translation>
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
    <message>
        <source>Cannot add the demo roadmap: %1</source>
        <translation>Cannot add the demo roadmap: %1</translation>
    </message>
    <message>
        <source>OUT.gpkg|PG:CONNINFO</source>
        <translation>OUT.gpkg|PG:CONNINFO</translation>
    </message>
    <message>
        <source>SOURCE DESTINATION</source>
        <translation>SOURCE DESTINATION</translation>
    </message>
    <message>
        <source>Copies a territory between a GeoPackage and a PostGIS database (PG:CONNINFO), either way, losslessly.</source>
        <translation>Copies a territory between a GeoPackage and a PostGIS database (PG:CONNINFO), either way, losslessly.</translation>
    </message>
    <message>
        <source>Copies every asset layer (fids, geometries, attributes) and every plain table (metadata, observations, alarms, roadmap, budget...).
The destination must not hold a territory; a failed copy leaves nothing behind.</source>
        <translation>Copies every asset layer (fids, geometries, attributes) and every plain table (metadata, observations, alarms, roadmap, budget...).
The destination must not hold a territory; a failed copy leaves nothing behind.</translation>
    </message>
    <message>
        <source>PG:CONNINFO</source>
        <translation>PG:CONNINFO</translation>
    </message>
    <message>
        <source>Creates the PostgreSQL roles of a PostGIS territory (viewer, operator, planner, admin) and grants their privileges.</source>
        <translation>Creates the PostgreSQL roles of a PostGIS territory (viewer, operator, planner, admin) and grants their privileges.</translation>
    </message>
    <message>
        <source>The database enforces them: a viewer reads, an operator also edits assets and alarms, a planner the roadmap and budget, an admin everything.
Give people a login role in one of them, e.g. CREATE ROLE alice LOGIN IN ROLE vigie_viewer. Run again after a module adds tables.</source>
        <translation>The database enforces them: a viewer reads, an operator also edits assets and alarms, a planner the roadmap and budget, an admin everything.
Give people a login role in one of them, e.g. CREATE ROLE alice LOGIN IN ROLE vigie_viewer. Run again after a module adds tables.</translation>
    </message>
    <message>
        <source>Prefix of the role names (default: vigie).</source>
        <translation>Prefix of the role names (default: vigie).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to build the demo: %1</source>
        <translation>Cannot create a temporary folder to build the demo: %1</translation>
    </message>
    <message>
        <source>Cannot copy the demo territory to PostGIS: %1</source>
        <translation>Cannot copy the demo territory to PostGIS: %1</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <source>Copying %1...</source>
        <translation>Copying %1...</translation>
    </message>
    <message>
        <source>Cannot copy the territory: %1</source>
        <translation>Cannot copy the territory: %1</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 features in %4 layers, %5 rows in %6 tables, in %7 s.</source>
        <translation>Copied %1 to %2: %3 features in %4 layers, %5 rows in %6 tables, in %7 s.</translation>
    </message>
    <message>
        <source>roles are enforced by PostgreSQL: give a PostGIS territory (PG:CONNINFO), not %1.</source>
        <translation>roles are enforced by PostgreSQL: give a PostGIS territory (PG:CONNINFO), not %1.</translation>
    </message>
    <message>
        <source>Cannot set up the roles: %1</source>
        <translation>Cannot set up the roles: %1</translation>
    </message>
    <message>
        <source>Makes the communes tenants of a PostGIS territory: each commune&apos;s staff see and edit only its own assets.</source>
        <translation>Makes the communes tenants of a PostGIS territory: each commune&apos;s staff see and edit only its own assets.</translation>
    </message>
    <message>
        <source>Every asset row gets the code of the commune its geometry lies in (now, and by a trigger for new or moved rows);
row-level security then lets role PREFIX_c&lt;CODE&gt; read and write the rows of its commune only, and PREFIX_departement all rows.
Give staff a login role in their commune&apos;s role, e.g. CREATE ROLE marie LOGIN IN ROLE vigie_c29019. Run again after adding communes or layers.</source>
        <translation>Every asset row gets the code of the commune its geometry lies in (now, and by a trigger for new or moved rows);
row-level security then lets role PREFIX_c&lt;CODE&gt; read and write the rows of its commune only, and PREFIX_departement all rows.
Give staff a login role in their commune&apos;s role, e.g. CREATE ROLE marie LOGIN IN ROLE vigie_c29019. Run again after adding communes or layers.</translation>
    </message>
    <message>
        <source>Layer holding the communes (default: territory:communes).</source>
        <translation>Layer holding the communes (default: territory:communes).</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>LAYER</translation>
    </message>
    <message>
        <source>Field of the commune code (default: insee_code).</source>
        <translation>Field of the commune code (default: insee_code).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>Installs the change notifications of a PostGIS territory, so that every desktop sees the others&apos; edits.</source>
        <translation>Installs the change notifications of a PostGIS territory, so that every desktop sees the others&apos; edits.</translation>
    </message>
    <message>
        <source>Puts a trigger on the layer, alarm and roadmap tables that sends NOTIFY vigie_changes; the desktops listen and reload what changed.
Needs the tables&apos; owner; the desktop installs them itself when it may. Run again after a module adds tables.</source>
        <translation>Puts a trigger on the layer, alarm and roadmap tables that sends NOTIFY vigie_changes; the desktops listen and reload what changed.
Needs the tables&apos; owner; the desktop installs them itself when it may. Run again after a module adds tables.</translation>
    </message>
    <message>
        <source>SOURCE OUT.gpkg</source>
        <translation>SOURCE OUT.gpkg</translation>
    </message>
    <message>
        <source>Copies part of a territory into a GeoPackage to work offline; territory sync merges it back.</source>
        <translation>Copies part of a territory into a GeoPackage to work offline; territory sync merges it back.</translation>
    </message>
    <message>
        <source>The asset layers are filtered by --extent or --commune; the roadmap, budget, agenda and bookmark tables go whole (observations stay on the server).
The GeoPackage records its source (never a password), the checkout time and the value of every copied row, for the three-way merge of territory sync.</source>
        <translation>The asset layers are filtered by --extent or --commune; the roadmap, budget, agenda and bookmark tables go whole (observations stay on the server).
The GeoPackage records its source (never a password), the checkout time and the value of every copied row, for the three-way merge of territory sync.</translation>
    </message>
    <message>
        <source>Only the features meeting this box, in the territory&apos;s CRS.</source>
        <translation>Only the features meeting this box, in the territory&apos;s CRS.</translation>
    </message>
    <message>
        <source>Only the features meeting this commune (code of territory:communes).</source>
        <translation>Only the features meeting this commune (code of territory:communes).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Merges an offline checkout back into its source; every edit arrives or is reported as a conflict.</source>
        <translation>Merges an offline checkout back into its source; every edit arrives or is reported as a conflict.</translation>
    </message>
    <message>
        <source>Synchronise with this territory instead of the recorded one (e.g. with credentials).</source>
        <translation>Synchronise with this territory instead of the recorded one (e.g. with credentials).</translation>
    </message>
    <message>
        <source>tenants are enforced by PostgreSQL row-level security: give a PostGIS territory (PG:CONNINFO), not %1.</source>
        <translation>tenants are enforced by PostgreSQL row-level security: give a PostGIS territory (PG:CONNINFO), not %1.</translation>
    </message>
    <message>
        <source>Cannot set up the tenants: %1</source>
        <translation>Cannot set up the tenants: %1</translation>
    </message>
    <message>
        <source>%1 communes are tenants (roles %2, e.g. %3); %4 sees every row.</source>
        <translation>%1 communes are tenants (roles %2, e.g. %3); %4 sees every row.</translation>
    </message>
    <message>
        <source>%1: %2 rows in a commune, %3 outside every commune (département only)</source>
        <translation>%1: %2 rows in a commune, %3 outside every commune (département only)</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Done in %1 s.</translation>
    </message>
    <message>
        <source>change notifications are a PostgreSQL feature: give a PostGIS territory (PG:CONNINFO), not %1.</source>
        <translation>change notifications are a PostgreSQL feature: give a PostGIS territory (PG:CONNINFO), not %1.</translation>
    </message>
    <message numerus="yes">
        <source>Changes of %n table(s) are notified on channel %1: %2</source>
        <translation>
            <numerusform>Changes of %n table are notified on channel %1: %2</numerusform>
            <numerusform>Changes of %n tables are notified on channel %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>give --extent or --commune, not both.</source>
        <translation>give --extent or --commune, not both.</translation>
    </message>
    <message>
        <source>--extent: &apos;%1&apos; is not XMIN,YMIN,XMAX,YMAX with XMIN &lt; XMAX and YMIN &lt; YMAX.</source>
        <translation>--extent: &apos;%1&apos; is not XMIN,YMIN,XMAX,YMAX with XMIN &lt; XMAX and YMIN &lt; YMAX.</translation>
    </message>
    <message>
        <source>%1 already exists: a checkout never overwrites a file; choose another name or remove it first.</source>
        <translation>%1 already exists: a checkout never overwrites a file; choose another name or remove it first.</translation>
    </message>
    <message>
        <source>Cannot check out the territory: %1</source>
        <translation>Cannot check out the territory: %1</translation>
    </message>
    <message>
        <source>Checked out %1 to %2: %3 features (%4 left out by the filter), %5 rows of roadmap, budget and agenda tables.</source>
        <translation>Checked out %1 to %2: %3 features (%4 left out by the filter), %5 rows of roadmap, budget and agenda tables.</translation>
    </message>
    <message>
        <source>Cannot synchronise: %1</source>
        <translation>Cannot synchronise: %1</translation>
    </message>
    <message>
        <source>  new row of %1: offline id %2 is %3 on the server</source>
        <translation>  new row of %1: offline id %2 is %3 on the server</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), not applied (kept offline; use --json for the full report):</source>
        <translation>
            <numerusform>%n conflict, not applied (kept offline; use --json for the full report):</numerusform>
            <numerusform>%n conflicts, not applied (kept offline; use --json for the full report):</numerusform>
        </translation>
    </message>
    <message>
        <source>missing subcommand: create, info, validate, copy, checkout, sync, resolve, roles, tenants or notify.</source>
        <translation>missing subcommand: create, info, validate, copy, checkout, sync, resolve, roles, tenants or notify.</translation>
    </message>
    <message>
        <source>Three-way merge per field against the values at checkout: a local change is written to the server, a server change is kept and copied offline, the same field changed on both sides (or a row deleted on one side and edited on the other) is a conflict, reported with both values and not applied; the roadmap follows its own merge rules.
Features added on the server inside the checkout&apos;s area (or moved into it) are added offline.
One server transaction: all or nothing; the rows it writes are locked and read again first, so an edit made on the server meanwhile becomes a conflict, never an overwrite. If the checkout cannot be updated after the server commit, the next sync finishes it. Syncing again applies nothing new. Exit code 1 when conflicts remain.</source>
        <translation>Three-way merge per field against the values at checkout: a local change is written to the server, a server change is kept and copied offline, the same field changed on both sides (or a row deleted on one side and edited on the other) is a conflict, reported with both values and not applied; the roadmap follows its own merge rules.
Features added on the server inside the checkout&apos;s area (or moved into it) are added offline.
One server transaction: all or nothing; the rows it writes are locked and read again first, so an edit made on the server meanwhile becomes a conflict, never an overwrite. If the checkout cannot be updated after the server commit, the next sync finishes it. Syncing again applies nothing new. Exit code 1 when conflicts remain.</translation>
    </message>
    <message>
        <source>Show what would be done; change nothing (an interrupted sync is finished first).</source>
        <translation>Show what would be done; change nothing (an interrupted sync is finished first).</translation>
    </message>
    <message>
        <source>CHECKOUT</source>
        <translation>CHECKOUT</translation>
    </message>
    <message>
        <source>Resolves a conflict reported by territory sync: keeps the offline value or takes the server&apos;s.</source>
        <translation>Resolves a conflict reported by territory sync: keeps the offline value or takes the server&apos;s.</translation>
    </message>
    <message>
        <source>--table and --key name the row as the sync report does (the fid of a feature; the key of a row, a JSON array for a key of several columns); --field names the field of a field conflict (&quot;geometry&quot; for the geometry); without it the whole row is resolved (a row deleted on one side and edited on the other, or added on both).
--keep offline: the checkout records the server&apos;s current value as its base, so the next sync sends the offline value (or the offline deletion). --keep server: the server&apos;s value (or row, or deletion) is written into the checkout.
The server is only read. An unknown table, key or field changes nothing (exit code 1). Roadmap document conflicts are resolved by editing the roadmap.</source>
        <translation>--table and --key name the row as the sync report does (the fid of a feature; the key of a row, a JSON array for a key of several columns); --field names the field of a field conflict (&quot;geometry&quot; for the geometry); without it the whole row is resolved (a row deleted on one side and edited on the other, or added on both).
--keep offline: the checkout records the server&apos;s current value as its base, so the next sync sends the offline value (or the offline deletion). --keep server: the server&apos;s value (or row, or deletion) is written into the checkout.
The server is only read. An unknown table, key or field changes nothing (exit code 1). Roadmap document conflicts are resolved by editing the roadmap.</translation>
    </message>
    <message>
        <source>Table of the conflict.</source>
        <translation>Table of the conflict.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>Fid of the feature, or key of the row.</source>
        <translation>Fid of the feature, or key of the row.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Field of the conflict (none: the whole row).</source>
        <translation>Field of the conflict (none: the whole row).</translation>
    </message>
    <message>
        <source>The side that wins: offline or server.</source>
        <translation>The side that wins: offline or server.</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>SIDE</translation>
    </message>
    <message>
        <source>Read the server through this territory instead of the recorded one (e.g. with credentials).</source>
        <translation>Read the server through this territory instead of the recorded one (e.g. with credentials).</translation>
    </message>
    <message>
        <source>Checking out: %1...</source>
        <translation>Checking out: %1...</translation>
    </message>
    <message>
        <source>Synchronising: %1...</source>
        <translation>Synchronising: %1...</translation>
    </message>
    <message>
        <source>An interrupted sync (server written, checkout not) was finished first.</source>
        <translation>An interrupted sync (server written, checkout not) was finished first.</translation>
    </message>
    <message>
        <source>Dry run, nothing written. With %1: %2 rows would be updated, %3 inserted, %4 deleted on the server, %5 refreshed offline, %6 added offline from the server.</source>
        <translation>Dry run, nothing written. With %1: %2 rows would be updated, %3 inserted, %4 deleted on the server, %5 refreshed offline, %6 added offline from the server.</translation>
    </message>
    <message>
        <source>Synchronised with %1: %2 rows updated, %3 inserted, %4 deleted on the server, %5 refreshed offline, %6 added offline from the server.</source>
        <translation>Synchronised with %1: %2 rows updated, %3 inserted, %4 deleted on the server, %5 refreshed offline, %6 added offline from the server.</translation>
    </message>
    <message>
        <source>--table is required: the table of the conflict (as in the sync report).</source>
        <translation>--table is required: the table of the conflict (as in the sync report).</translation>
    </message>
    <message>
        <source>--key is required: the fid of the feature, or the key of the row (as in the sync report).</source>
        <translation>--key is required: the fid of the feature, or the key of the row (as in the sync report).</translation>
    </message>
    <message>
        <source>--keep must be offline or server, not &apos;%1&apos;.</source>
        <translation>--keep must be offline or server, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict: %1</source>
        <translation>Cannot resolve the conflict: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, field %3</source>
        <translation>%1 %2, field %3</translation>
    </message>
    <message>
        <source>Kept the offline value of %1: the next territory sync sends it to the server.</source>
        <translation>Kept the offline value of %1: the next territory sync sends it to the server.</translation>
    </message>
    <message>
        <source>Took the server&apos;s value of %1 into the offline copy.</source>
        <translation>Took the server&apos;s value of %1 into the offline copy.</translation>
    </message>
</context>
<context>
    <name>vigie::DeckBuildJob</name>
    <message>
        <source>The deck could not be built.</source>
        <translation>The deck could not be built.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>vigie::DeckExport</name>
    <message>
        <source>Building the deck…</source>
        <translation>Building the deck…</translation>
    </message>
    <message>
        <source>No territory layers to draw the maps with.</source>
        <translation>No territory layers to draw the maps with.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n slide(s)…</source>
        <translation>
            <numerusform>Laying out %n slide…</numerusform>
            <numerusform>Laying out %n slides…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Writing page %1 of %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The deck could not be written to %1</source>
        <translation>The deck could not be written to %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
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
    <name>vigie::FeedsHistoryChart</name>
    <message>
        <source>Select a sensor or an alarm to see its history</source>
        <translation>Select a sensor or an alarm to see its history</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Min – max (15 min)</source>
        <translation>Min – max (15 min)</translation>
    </message>
    <message>
        <source>Mean (15 min)</source>
        <translation>Mean (15 min)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — 15-minute aggregates (%n bucket(s))</source>
        <translation>
            <numerusform>%1 — 15-minute aggregates (%n bucket)</numerusform>
            <numerusform>%1 — 15-minute aggregates (%n buckets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — raw values (%n value(s))</source>
        <translation>
            <numerusform>%1 — raw values (%n value)</numerusform>
            <numerusform>%1 — raw values (%n values)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::FeedsImportDialog</name>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>OGC SensorThings service</source>
        <translation>OGC SensorThings service</translation>
    </message>
    <message>
        <source>FIWARE NGSI-LD broker</source>
        <translation>FIWARE NGSI-LD broker</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>every Datastream of the service</source>
        <translation>every Datastream of the service</translation>
    </message>
    <message>
        <source>Datastreams (ids, comma-separated):</source>
        <translation>Datastreams (ids, comma-separated):</translation>
    </message>
    <message>
        <source>All four Smart Data Models</source>
        <translation>All four Smart Data Models</translation>
    </message>
    <message>
        <source>Temporal query (history), not only the current values</source>
        <translation>Temporal query (history), not only the current values</translation>
    </message>
    <message>
        <source>default tenant</source>
        <translation>default tenant</translation>
    </message>
    <message>
        <source>Entity type:</source>
        <translation>Entity type:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Tenant:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>from the &quot;sensor&quot; column</source>
        <translation>from the &quot;sensor&quot; column</translation>
    </message>
    <message>
        <source>from the &quot;unit&quot; column</source>
        <translation>from the &quot;unit&quot; column</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <source>Sensor (file of one sensor):</source>
        <translation>Sensor (file of one sensor):</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Columns: sensor, time (ISO 8601), value, unit; a header line is optional.</source>
        <translation>Columns: sensor, time (ISO 8601), value, unit; a header line is optional.</translation>
    </message>
    <message>
        <source>Only this time range (UTC):</source>
        <translation>Only this time range (UTC):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>URL or file:</source>
        <translation>URL or file:</translation>
    </message>
    <message>
        <source>Stored like live data: units converted, unknown sensors registered unbound (bind them on the map), values already stored skipped, so importing again adds only what is missing.</source>
        <translation>Stored like live data: units converted, unknown sensors registered unbound (bind them on the map), values already stored skipped, so importing again adds only what is missing.</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>history.csv</translation>
    </message>
    <message>
        <source>CSV file of observations</source>
        <translation>CSV file of observations</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Choose the CSV file to import.</translation>
    </message>
    <message>
        <source>Enter the URL of the service.</source>
        <translation>Enter the URL of the service.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>&quot;%1&quot; is not an http(s) URL.</translation>
    </message>
    <message>
        <source>The end of the time range must come after its start.</source>
        <translation>The end of the time range must come after its start.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancelling after the current page…</source>
        <translation>Cancelling after the current page…</translation>
    </message>
    <message>
        <source>%1 pages read, %2 observations, %3 stored — %4</source>
        <translation>%1 pages read, %2 observations, %3 stored — %4</translation>
    </message>
    <message>
        <source>%1 observations read in %2 pages: %3 stored, %4 already there, %5 new sensors (unbound: bind them on the map), %6 out of range, %7 rejected.</source>
        <translation>%1 observations read in %2 pages: %3 stored, %4 already there, %5 new sensors (unbound: bind them on the map), %6 out of range, %7 rejected.</translation>
    </message>
    <message>
        <source>Import finished. %1</source>
        <translation>Import finished. %1</translation>
    </message>
    <message>
        <source>Import cancelled; what was stored stays (importing again adds only what is missing). %1</source>
        <translation>Import cancelled; what was stored stays (importing again adds only what is missing). %1</translation>
    </message>
    <message>
        <source>Import stopped: %1
Stored before the error: %2 Importing again adds only what is missing.</source>
        <translation>Import stopped: %1
Stored before the error: %2 Importing again adds only what is missing.</translation>
    </message>
</context>
<context>
    <name>vigie::FeedsPanel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not bound to an asset: select it and use &quot;Bind on map&quot;</source>
        <translation>Not bound to an asset: select it and use &quot;Bind on map&quot;</translation>
    </message>
    <message>
        <source>(unbound)</source>
        <translation>(unbound)</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Last value</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Msg/s</source>
        <translation>Msg/s</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <source>Start &amp;replay</source>
        <translation>Start &amp;replay</translation>
    </message>
    <message>
        <source>Built-in demo feed: a week of L-Town SCADA readings, lamp power and bin fill levels, stored like a live feed</source>
        <translation>Built-in demo feed: a week of L-Town SCADA readings, lamp power and bin fill levels, stored like a live feed</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <source>Simulated seconds per second</source>
        <translation>Simulated seconds per second</translation>
    </message>
    <message>
        <source>Add &amp;MQTT feed…</source>
        <translation>Add &amp;MQTT feed…</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Remove feed</translation>
    </message>
    <message>
        <source>Filter sensors…</source>
        <translation>Filter sensors…</translation>
    </message>
    <message>
        <source>Unbound only</source>
        <translation>Unbound only</translation>
    </message>
    <message>
        <source>&amp;Bind on map</source>
        <translation>&amp;Bind on map</translation>
    </message>
    <message>
        <source>Bind the selected sensor: click its asset on the map</source>
        <translation>Bind the selected sensor: click its asset on the map</translation>
    </message>
    <message>
        <source>Live feeds unavailable: %1</source>
        <translation>Live feeds unavailable: %1</translation>
    </message>
    <message>
        <source>Sensor bound.</source>
        <translation>Sensor bound.</translation>
    </message>
    <message>
        <source>Binding %1 to %2 #%3…</source>
        <translation>Binding %1 to %2 #%3…</translation>
    </message>
    <message>
        <source>Add an MQTT feed</source>
        <translation>Add an MQTT feed</translation>
    </message>
    <message>
        <source>Feed configuration (*.json)</source>
        <translation>Feed configuration (*.json)</translation>
    </message>
    <message>
        <source>Click the asset to bind %1 to.</source>
        <translation>Click the asset to bind %1 to.</translation>
    </message>
    <message>
        <source>%1 sensors on the map: %2 — %3 unbound</source>
        <translation>%1 sensors on the map: %2 — %3 unbound</translation>
    </message>
    <message>
        <source>Built-in replay (L-Town SCADA, lighting, bins)</source>
        <translation>Built-in replay (L-Town SCADA, lighting, bins)</translation>
    </message>
    <message>
        <source>Running ×%1 — %2</source>
        <translation>Running ×%1 — %2</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Stop &amp;replay</source>
        <translation>Stop &amp;replay</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <source>Sensor history</source>
        <translation>Sensor history</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Feeds</translation>
    </message>
    <message>
        <source>Start or stop the &amp;replay feed</source>
        <translation>Start or stop the &amp;replay feed</translation>
    </message>
    <message>
        <source>Add an &amp;MQTT feed…</source>
        <translation>Add an &amp;MQTT feed…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Import history…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Open a territory first.</source>
        <translation>Open a territory first.</translation>
    </message>
</context>
<context>
    <name>vigie::FeedsService</name>
    <message>
        <source>No territory is open.</source>
        <translation>No territory is open.</translation>
    </message>
    <message>
        <source>Built-in replay (L-Town SCADA, lighting, bins)</source>
        <translation>Built-in replay (L-Town SCADA, lighting, bins)</translation>
    </message>
    <message>
        <source>Retention not applied: %1</source>
        <translation>Retention not applied: %1</translation>
    </message>
    <message>
        <source>Retention: %1 raw values older than %2 days moved into 15-minute aggregates</source>
        <translation>Retention: %1 raw values older than %2 days moved into 15-minute aggregates</translation>
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
    <name>vigie::LightingPanel</name>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Required %1: %2 % of the design level; delivered %3 %; uniformity %4; %5</source>
        <translation>Required %1: %2 % of the design level; delivered %3 %; uniformity %4; %5</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>compliant</translation>
    </message>
    <message>
        <source>NOT compliant</source>
        <translation>NOT compliant</translation>
    </message>
    <message>
        <source>No territory</source>
        <translation>No territory</translation>
    </message>
    <message>
        <source>Map by:</source>
        <translation>Map by:</translation>
    </message>
    <message>
        <source>How the lit streets and luminaires are drawn on the map</source>
        <translation>How the lit streets and luminaires are drawn on the map</translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation>Optimise</translation>
    </message>
    <message>
        <source>Adaptive dimming (LP) and LED retrofit plan (MILP) in the background</source>
        <translation>Adaptive dimming (LP) and LED retrofit plan (MILP) in the background</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>Loading the inventory… %1 s</source>
        <translation>Loading the inventory… %1 s</translation>
    </message>
    <message>
        <source> € / year</source>
        <translation> € / year</translation>
    </message>
    <message>
        <source>Gross LED retrofit investment per year; 0: dimming only</source>
        <translation>Gross LED retrofit investment per year; 0: dimming only</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>whole cabinets</source>
        <translation>whole cabinets</translation>
    </message>
    <message>
        <source>single luminaires</source>
        <translation>single luminaires</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Switch off pedestrian and residential streets (P classes) at night (arrêté of 27 December 2018)</source>
        <translation>Switch off pedestrian and residential streets (P classes) at night (arrêté of 27 December 2018)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source> €/kWh</source>
        <translation> €/kWh</translation>
    </message>
    <message>
        <source> kg CO₂e/kWh</source>
        <translation> kg CO₂e/kWh</translation>
    </message>
    <message>
        <source> € / luminaire</source>
        <translation> € / luminaire</translation>
    </message>
    <message>
        <source> € / cabinet</source>
        <translation> € / cabinet</translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation>Yearly budget</translation>
    </message>
    <message>
        <source>Plan length</source>
        <translation>Plan length</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convert</translation>
    </message>
    <message>
        <source>Switch-off (P classes)</source>
        <translation>Switch-off (P classes)</translation>
    </message>
    <message>
        <source>Peak tariff</source>
        <translation>Peak tariff</translation>
    </message>
    <message>
        <source>Off-peak tariff (22:00-06:00)</source>
        <translation>Off-peak tariff (22:00-06:00)</translation>
    </message>
    <message>
        <source>Carbon factor</source>
        <translation>Carbon factor</translation>
    </message>
    <message>
        <source>CEE subsidy</source>
        <translation>CEE subsidy</translation>
    </message>
    <message>
        <source>LED lantern, fitted</source>
        <translation>LED lantern, fitted</translation>
    </message>
    <message>
        <source>Cabinet conversion</source>
        <translation>Cabinet conversion</translation>
    </message>
    <message>
        <source>Defaults: Tarif Bleu HP/HC of 1 Feb 2025 (TTC), ADEME 2022 mix, CEE sheet RES-EC-104. Lights on from sunset to sunrise (NOAA) at the territory&apos;s position.</source>
        <translation>Defaults: Tarif Bleu HP/HC of 1 Feb 2025 (TTC), ADEME 2022 mix, CEE sheet RES-EC-104. Lights on from sunset to sunrise (NOAA) at the territory&apos;s position.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Dimming only</source>
        <translation>Dimming only</translation>
    </message>
    <message>
        <source>After the plan</source>
        <translation>After the plan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>kWh / year</source>
        <translation>kWh / year</translation>
    </message>
    <message>
        <source>€ / year</source>
        <translation>€ / year</translation>
    </message>
    <message>
        <source>t CO₂ / year</source>
        <translation>t CO₂ / year</translation>
    </message>
    <message>
        <source>Plan per year</source>
        <translation>Plan per year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Luminaires</source>
        <translation>Luminaires</translation>
    </message>
    <message>
        <source>Cost (€)</source>
        <translation>Cost (€)</translation>
    </message>
    <message>
        <source>CEE (€)</source>
        <translation>CEE (€)</translation>
    </message>
    <message>
        <source>kWh saved/yr</source>
        <translation>kWh saved/yr</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Filter streets by name, id or class</source>
        <translation>Filter streets by name, id or class</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Street profile</source>
        <translation>Street profile</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territory: %1</translation>
    </message>
    <message>
        <source>%1 luminaires, %2 lit streets (%3 unlinked luminaires). Set the parameters and click Optimise.</source>
        <translation>%1 luminaires, %2 lit streets (%3 unlinked luminaires). Set the parameters and click Optimise.</translation>
    </message>
    <message>
        <source>Open a territory with street lighting first.</source>
        <translation>Open a territory with street lighting first.</translation>
    </message>
    <message>
        <source>Optimised in %1 s: %2 % less energy, %3 % of street × band cells compliant.</source>
        <translation>Optimised in %1 s: %2 % less energy, %3 % of street × band cells compliant.</translation>
    </message>
    <message>
        <source>Optimisation failed: %1</source>
        <translation>Optimisation failed: %1</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Loading cancelled.</translation>
    </message>
    <message>
        <source>Optimisation cancelled; the previous results are kept.</source>
        <translation>Optimisation cancelled; the previous results are kept.</translation>
    </message>
    <message>
        <source>Lighting analysis</source>
        <translation>Lighting analysis</translation>
    </message>
    <message>
        <source>No dimming proposed yet: every luminaire is at full power until you click Optimise.</source>
        <translation>No dimming proposed yet: every luminaire is at full power until you click Optimise.</translation>
    </message>
    <message>
        <source>Not optimised yet.</source>
        <translation>Not optimised yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Investment&lt;/b&gt; %1 € (CEE %2 €), &lt;b&gt;payback&lt;/b&gt; %3 years, NPV %4 € (gap to the LP bound %5 %).&lt;br&gt;&lt;b&gt;Compliance&lt;/b&gt;: %6 of %7 street × band cells (%8 %). %9 lit hours per year in %10 bands.</source>
        <translation>&lt;b&gt;Investment&lt;/b&gt; %1 € (CEE %2 €), &lt;b&gt;payback&lt;/b&gt; %3 years, NPV %4 € (gap to the LP bound %5 %).&lt;br&gt;&lt;b&gt;Compliance&lt;/b&gt;: %6 of %7 street × band cells (%8 %). %9 lit hours per year in %10 bands.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Class %2&lt;/b&gt; (%3, %4 km/h, %5 vehicles/day%6). %7 luminaires.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Class %2&lt;/b&gt; (%3, %4 km/h, %5 vehicles/day%6). %7 luminaires.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, counted</source>
        <translation>, counted</translation>
    </message>
    <message>
        <source>, default for the road type</source>
        <translation>, default for the road type</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why this class&lt;/b&gt; (CEN/TR 13201-1 weighting):&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Why this class&lt;/b&gt; (CEN/TR 13201-1 weighting):&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Proposed dimming&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Proposed dimming&lt;/b&gt;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no lighting analysis to report</source>
        <translation>no lighting analysis to report</translation>
    </message>
    <message>
        <source>-lighting.pdf</source>
        <translation>-lighting.pdf</translation>
    </message>
    <message>
        <source>Street lighting report</source>
        <translation>Street lighting report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>The report was not written: %1</translation>
    </message>
    <message>
        <source>Report written: %1 (%2 pages)</source>
        <translation>Report written: %1 (%2 pages)</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Street lighting</translation>
    </message>
    <message>
        <source>&amp;Lighting</source>
        <translation>&amp;Lighting</translation>
    </message>
    <message>
        <source>&amp;Show the lighting panel</source>
        <translation>&amp;Show the lighting panel</translation>
    </message>
    <message>
        <source>&amp;Optimise</source>
        <translation>&amp;Optimise</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF report…</translation>
    </message>
    <message>
        <source>Optimising: %1… %2 %, %3 s</source>
        <translation>Optimising: %1… %2 %, %3 s</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starting</translation>
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
    <message>
        <source>Open &amp;PostGIS territory…</source>
        <translation>Open &amp;PostGIS territory…</translation>
    </message>
    <message>
        <source>Open a territory shared in a PostgreSQL/PostGIS database</source>
        <translation>Open a territory shared in a PostgreSQL/PostGIS database</translation>
    </message>
    <message>
        <source>Edits made on other desktops will not appear by themselves: %1</source>
        <translation>Edits made on other desktops will not appear by themselves: %1</translation>
    </message>
    <message>
        <source>Take an &amp;offline copy…</source>
        <translation>Take an &amp;offline copy…</translation>
    </message>
    <message>
        <source>Copy part of the territory into a GeoPackage to edit it without the server</source>
        <translation>Copy part of the territory into a GeoPackage to edit it without the server</translation>
    </message>
    <message>
        <source>S&amp;ynchronise with the server…</source>
        <translation>S&amp;ynchronise with the server…</translation>
    </message>
    <message>
        <source>Send the edits of this offline copy to its territory and bring back the server&apos;s</source>
        <translation>Send the edits of this offline copy to its territory and bring back the server&apos;s</translation>
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
    <name>vigie::PgConnectDialog</name>
    <message>
        <source>Open a PostGIS territory</source>
        <translation>Open a PostGIS territory</translation>
    </message>
    <message>
        <source>db.example.org (empty: local socket)</source>
        <translation>db.example.org (empty: local socket)</translation>
    </message>
    <message>
        <source>from the authentication configuration</source>
        <translation>from the authentication configuration</translation>
    </message>
    <message>
        <source>a pg_service.conf entry (instead of host and database)</source>
        <translation>a pg_service.conf entry (instead of host and database)</translation>
    </message>
    <message>
        <source>prefer (libpq default)</source>
        <translation>prefer (libpq default)</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>disable</translation>
    </message>
    <message>
        <source>require (encrypted)</source>
        <translation>require (encrypted)</translation>
    </message>
    <message>
        <source>verify-ca</source>
        <translation>verify-ca</translation>
    </message>
    <message>
        <source>verify-full (encrypted, server checked)</source>
        <translation>verify-full (encrypted, server checked)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L mode:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Credentials:</translation>
    </message>
    <message>
        <source>The password is kept in the encrypted QGIS authentication database (or in ~/.pgpass), never with the territory.</source>
        <translation>The password is kept in the encrypted QGIS authentication database (or in ~/.pgpass), never with the territory.</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territory: %1</translation>
    </message>
</context>
<context>
    <name>vigie::PresentationWindow</name>
    <message>
        <source>Presentation — Vigie</source>
        <translation>Presentation — Vigie</translation>
    </message>
    <message>
        <source>%1 — Vigie</source>
        <translation>%1 — Vigie</translation>
    </message>
    <message>
        <source>no slide</source>
        <translation>no slide</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This deck has no slide.</source>
        <translation>This deck has no slide.</translation>
    </message>
    <message>
        <source>%1

This slide could not be drawn: %2</source>
        <translation>%1

This slide could not be drawn: %2</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Slide %1</translation>
    </message>
</context>
<context>
    <name>vigie::PresenterView</name>
    <message>
        <source>Presenter view — Vigie</source>
        <translation>Presenter view — Vigie</translation>
    </message>
    <message>
        <source>Time since the start of the presentation (click to restart)</source>
        <translation>Time since the start of the presentation (click to restart)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 (black screen)</source>
        <translation>%1 (black screen)</translation>
    </message>
    <message>
        <source>(no notes for this slide)</source>
        <translation>(no notes for this slide)</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>End of the presentation</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>vigie::ReviewMode</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Present the review deck of the territory full screen (F5)</source>
        <translation>Present the review deck of the territory full screen (F5)</translation>
    </message>
    <message>
        <source>Build the review deck of the territory and show it full screen</source>
        <translation>Build the review deck of the territory and show it full screen</translation>
    </message>
    <message>
        <source>Present &amp;with…</source>
        <translation>Present &amp;with…</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Choose the agenda, the language and the theme, then present</source>
        <translation>Choose the agenda, the language and the theme, then present</translation>
    </message>
    <message>
        <source>&amp;Agendas…</source>
        <translation>&amp;Agendas…</translation>
    </message>
    <message>
        <source>Choose, order and title the slides of the meeting agendas; export the deck as PDF or PNG</source>
        <translation>Choose, order and title the slides of the meeting agendas; export the deck as PDF or PNG</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Open a territory first: the review deck is built from it.</source>
        <translation>Open a territory first: the review deck is built from it.</translation>
    </message>
    <message>
        <source>The deck is already being built.</source>
        <translation>The deck is already being built.</translation>
    </message>
    <message>
        <source>The agenda « %1 » cannot be read: %2</source>
        <translation>The agenda « %1 » cannot be read: %2</translation>
    </message>
    <message>
        <source>Building the deck « %1 »…</source>
        <translation>Building the deck « %1 »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Building the review deck…</source>
        <translation>Building the review deck…</translation>
    </message>
    <message>
        <source>Presentation cancelled.</source>
        <translation>Presentation cancelled.</translation>
    </message>
    <message>
        <source>The review deck could not be built: %1</source>
        <translation>The review deck could not be built: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deck « %1 »: %n slide(s), built in %2 s</source>
        <translation>
            <numerusform>Deck « %1 »: %n slide, built in %2 s</numerusform>
            <numerusform>Deck « %1 »: %n slides, built in %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>The agendas of the territory cannot be read: %1</source>
        <translation>The agendas of the territory cannot be read: %1</translation>
    </message>
    <message>
        <source>Open a territory first: its agendas are saved in it.</source>
        <translation>Open a territory first: its agendas are saved in it.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Export the deck as &amp;PDF…</source>
        <translation>Export the deck as &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the review deck as a PDF handout (the deck on screen when presenting)</source>
        <translation>Write the review deck as a PDF handout (the deck on screen when presenting)</translation>
    </message>
    <message>
        <source>Export the deck as P&amp;NG images…</source>
        <translation>Export the deck as P&amp;NG images…</translation>
    </message>
    <message>
        <source>Write one PNG image per page of the review deck into a folder</source>
        <translation>Write one PNG image per page of the review deck into a folder</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <source>Exporting the deck…</source>
        <translation>Exporting the deck…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Export as PNG</translation>
    </message>
    <message>
        <source>Deck written: %1</source>
        <translation>Deck written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written in %1</source>
        <translation>
            <numerusform>%n image written in %1</numerusform>
            <numerusform>%n images written in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The deck could not be exported: %1</source>
        <translation>The deck could not be exported: %1</translation>
    </message>
    <message>
        <source>Export the deck as PDF</source>
        <translation>Export the deck as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PNG images of the deck</source>
        <translation>Folder for the PNG images of the deck</translation>
    </message>
</context>
<context>
    <name>vigie::ReviewOptionsDialog</name>
    <message>
        <source>Present the review deck</source>
        <translation>Present the review deck</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Light (bright rooms)</source>
        <translation>Light (bright rooms)</translation>
    </message>
    <message>
        <source>Dark (dim rooms, projectors)</source>
        <translation>Dark (dim rooms, projectors)</translation>
    </message>
    <message>
        <source>With one screen, show the presenter view in a window (rehearsal)</source>
        <translation>With one screen, show the presenter view in a window (rehearsal)</translation>
    </message>
    <message numerus="yes">
        <source>%n screens: the slides go to the projector, the presenter view stays on this screen.</source>
        <translation>
            <numerusform>%n screens: the slides go to the projector, the presenter view stays on this screen.</numerusform>
            <numerusform>%n screens: the slides go to the projector, the presenter view stays on this screen.</numerusform>
        </translation>
    </message>
    <message>
        <source>One screen: the slides fill it; Esc leaves, B blanks it.</source>
        <translation>One screen: the slides fill it; Esc leaves, B blanks it.</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>&amp;Language of the deck:</source>
        <translation>&amp;Language of the deck:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapBudgetChart</name>
    <message>
        <source>Capex per year against the cap (M€)</source>
        <translation>Capex per year against the cap (M€)</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapGanttView</name>
    <message>
        <source>Drag a bar to move the project&apos;s start; double-click to edit it. Red outline: critical path.</source>
        <translation>Drag a bar to move the project&apos;s start; double-click to edit it. Red outline: critical path.</translation>
    </message>
    <message>
        <source>No project in the roadmap.</source>
        <translation>No project in the roadmap.</translation>
    </message>
    <message>
        <source>%1
%2 → %3 (%4 months), %5
%6</source>
        <translation>%1
%2 → %3 (%4 months), %5
%6</translation>
    </message>
    <message>
        <source>Committed: its dates are fixed.</source>
        <translation>Committed: its dates are fixed.</translation>
    </message>
    <message>
        <source>Drag to move its start.</source>
        <translation>Drag to move its start.</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapKpiChart</name>
    <message>
        <source>KPI tracking: measured vs target</source>
        <translation>KPI tracking: measured vs target</translation>
    </message>
    <message>
        <source>KPI tracking: %1</source>
        <translation>KPI tracking: %1</translation>
    </message>
    <message>
        <source>KPI tracking: select a project</source>
        <translation>KPI tracking: select a project</translation>
    </message>
    <message>
        <source>Target (100 %)</source>
        <translation>Target (100 %)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>%1: %2 / %3 %4</source>
        <translation>%1: %2 / %3 %4</translation>
    </message>
    <message>
        <source>%1: not measured / %2 %3</source>
        <translation>%1: not measured / %2 %3</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapMatrixChart</name>
    <message>
        <source>Impact / effort matrix</source>
        <translation>Impact / effort matrix</translation>
    </message>
    <message>
        <source>Effort (cost and duration, 0-1)</source>
        <translation>Effort (cost and duration, 0-1)</translation>
    </message>
    <message>
        <source>Impact (0-10)</source>
        <translation>Impact (0-10)</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapMergeDialog</name>
    <message>
        <source>Merge roadmap files</source>
        <translation>Merge roadmap files</translation>
    </message>
    <message>
        <source>Base (common ancestor)</source>
        <translation>Base (common ancestor)</translation>
    </message>
    <message>
        <source>The roadmap file both copies started from</source>
        <translation>The roadmap file both copies started from</translation>
    </message>
    <message>
        <source>Ours (my copy)</source>
        <translation>Ours (my copy)</translation>
    </message>
    <message>
        <source>Your edited copy</source>
        <translation>Your edited copy</translation>
    </message>
    <message>
        <source>Theirs (their copy)</source>
        <translation>Theirs (their copy)</translation>
    </message>
    <message>
        <source>The colleague&apos;s edited copy</source>
        <translation>The colleague&apos;s edited copy</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Choose the three files, then Merge.</source>
        <translation>Choose the three files, then Merge.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Save merged as…</source>
        <translation>&amp;Save merged as…</translation>
    </message>
    <message>
        <source>merge the files first</source>
        <translation>merge the files first</translation>
    </message>
    <message>
        <source>%1 is one of the inputs: a merge never overwrites its inputs; choose a new file</source>
        <translation>%1 is one of the inputs: a merge never overwrites its inputs; choose a new file</translation>
    </message>
    <message>
        <source>(roadmap)</source>
        <translation>(roadmap)</translation>
    </message>
    <message>
        <source>(whole project)</source>
        <translation>(whole project)</translation>
    </message>
    <message>
        <source>%1 projects merged: %2 change(s) from ours, %3 from theirs. %4 conflict(s) to resolve.</source>
        <translation>%1 projects merged: %2 change(s) from ours, %3 from theirs. %4 conflict(s) to resolve.</translation>
    </message>
    <message>
        <source>Nothing left to resolve: save the merged file.</source>
        <translation>Nothing left to resolve: save the merged file.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Roadmap file</source>
        <translation>Roadmap file</translation>
    </message>
    <message>
        <source>Roadmap (*.json *.roadmap);;All files (*)</source>
        <translation>Roadmap (*.json *.roadmap);;All files (*)</translation>
    </message>
    <message>
        <source>Edit the value</source>
        <translation>Edit the value</translation>
    </message>
    <message>
        <source>Value of &quot;%1&quot; (JSON):</source>
        <translation>Value of &quot;%1&quot; (JSON):</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>the whole project</translation>
    </message>
    <message>
        <source>The edited value is not valid JSON: %1</source>
        <translation>The edited value is not valid JSON: %1</translation>
    </message>
    <message>
        <source>merged.json</source>
        <translation>merged.json</translation>
    </message>
    <message>
        <source>Save the merged roadmap</source>
        <translation>Save the merged roadmap</translation>
    </message>
    <message>
        <source>Roadmap (*.json)</source>
        <translation>Roadmap (*.json)</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapPanel</name>
    <message>
        <source>Vigie user</source>
        <translation>Vigie user</translation>
    </message>
    <message>
        <source>No roadmap: open a territory.</source>
        <translation>No roadmap: open a territory.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Add a project</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit the selected project (or double-click its bar)</source>
        <translation>Edit the selected project (or double-click its bar)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected project</source>
        <translation>Remove the selected project</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Plan the starts under the yearly caps and the dependencies (MILP, GLPK)</source>
        <translation>Plan the starts under the yearly caps and the dependencies (MILP, GLPK)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Save the current plan as the baseline</source>
        <translation>Save the current plan as the baseline</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Three-way merge of roadmap files edited offline</source>
        <translation>Three-way merge of roadmap files edited offline</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>Replace the territory&apos;s roadmap by a roadmap file (e.g. a merge result)</source>
        <translation>Replace the territory&apos;s roadmap by a roadmap file (e.g. a merge result)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Roadmap file, CSV, iCalendar or GanttProject</source>
        <translation>Roadmap file, CSV, iCalendar or GanttProject</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>Title, Gantt, budget per year, ranking and critical path, one page each</source>
        <translation>Title, Gantt, budget per year, ranking and critical path, one page each</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <source>Citizen demand</source>
        <translation>Citizen demand</translation>
    </message>
    <message>
        <source>Weight of %1 (weights are normalised to a sum of 1)</source>
        <translation>Weight of %1 (weights are normalised to a sum of 1)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Cap (€)</source>
        <translation>Cap (€)</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Edit a cap (empty: no cap). A cap below the spending already committed that year is refused.</source>
        <translation>Edit a cap (empty: no cap). A cap below the spending already committed that year is refused.</translation>
    </message>
    <message>
        <source>Budget cap for %1: &quot;%2&quot; is not an amount</source>
        <translation>Budget cap for %1: &quot;%2&quot; is not an amount</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Enter the measured value of a KPI in the last column</source>
        <translation>Enter the measured value of a KPI in the last column</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>KPI &quot;%1&quot;: &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorities</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Roadmap of %1: %2 projects (saved %3).</source>
        <translation>Roadmap of %1: %2 projects (saved %3).</translation>
    </message>
    <message>
        <source>%1 has no roadmap yet: add projects or open a roadmap file.</source>
        <translation>%1 has no roadmap yet: add projects or open a roadmap file.</translation>
    </message>
    <message>
        <source>No territory is open: the roadmap is not saved.</source>
        <translation>No territory is open: the roadmap is not saved.</translation>
    </message>
    <message>
        <source>%1 — %2 projects, ends %3</source>
        <translation>%1 — %2 projects, ends %3</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>no cap</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a project (click its bar) to see its details and its linked features on the map. Drag a bar to move the project; double-click it to edit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Critical path&lt;/b&gt; (red): %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a project (click its bar) to see its details and its linked features on the map. Drag a bar to move the project; double-click it to edit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Critical path&lt;/b&gt; (red): %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Baseline: start slip %1 month(s), finish slip %2, capex variance %3</source>
        <translation>Baseline: start slip %1 month(s), finish slip %2, capex variance %3</translation>
    </message>
    <message>
        <source>on the critical path</source>
        <translation>on the critical path</translation>
    </message>
    <message>
        <source>slack: %1 month(s)</source>
        <translation>slack: %1 month(s)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 → %4 (%5 months) · %6</source>
        <translation>%1 · %2 · %3 → %4 (%5 months) · %6</translation>
    </message>
    <message>
        <source>Capex %1, opex %2 per year. Funding: %3</source>
        <translation>Capex %1, opex %2 per year. Funding: %3</translation>
    </message>
    <message>
        <source>Owner: %1. Consulted: %2. Linked on the map: %3 feature(s).</source>
        <translation>Owner: %1. Consulted: %2. Linked on the map: %3 feature(s).</translation>
    </message>
    <message>
        <source>Weights %1. Select a project to see how its score is made.</source>
        <translation>Weights %1. Select a project to see how its score is made.</translation>
    </message>
    <message>
        <source>Project %1 not changed: %2</source>
        <translation>Project %1 not changed: %2</translation>
    </message>
    <message>
        <source>There is no project %1</source>
        <translation>There is no project %1</translation>
    </message>
    <message>
        <source>Project %1 not removed: project %2 depends on it (field &quot;dependencies&quot;)</source>
        <translation>Project %1 not removed: project %2 depends on it (field &quot;dependencies&quot;)</translation>
    </message>
    <message>
        <source>Project %1, field &quot;start&quot;: the project is %2, its dates are fixed</source>
        <translation>Project %1, field &quot;start&quot;: the project is %2, its dates are fixed</translation>
    </message>
    <message>
        <source>Project %1, field &quot;start&quot;: not a valid month</source>
        <translation>Project %1, field &quot;start&quot;: not a valid month</translation>
    </message>
    <message>
        <source>%1 starts after its predecessors end: moved to %2.</source>
        <translation>%1 starts after its predecessors end: moved to %2.</translation>
    </message>
    <message>
        <source>Project %1, field &quot;start&quot;: moving it to %2 would delay %3, which is %4 (its dates are fixed)</source>
        <translation>Project %1, field &quot;start&quot;: moving it to %2 would delay %3, which is %4 (its dates are fixed)</translation>
    </message>
    <message>
        <source>Moved later to keep the dependency order: %1.</source>
        <translation>Moved later to keep the dependency order: %1.</translation>
    </message>
    <message>
        <source>%1 now starts %2.</source>
        <translation>%1 now starts %2.</translation>
    </message>
    <message>
        <source>Ranking weights: %1</source>
        <translation>Ranking weights: %1</translation>
    </message>
    <message>
        <source>Project %1 has no KPI &quot;%2&quot;</source>
        <translation>Project %1 has no KPI &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Project %1, KPI &quot;%2&quot;: not a number</source>
        <translation>Project %1, KPI &quot;%2&quot;: not a number</translation>
    </message>
    <message>
        <source>Schedule: set the yearly budget caps first (Budget tab).</source>
        <translation>Schedule: set the yearly budget caps first (Budget tab).</translation>
    </message>
    <message>
        <source>Scheduling under the caps…</source>
        <translation>Scheduling under the caps…</translation>
    </message>
    <message>
        <source>The roadmap changed while scheduling: schedule again.</source>
        <translation>The roadmap changed while scheduling: schedule again.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Schedule: %1</translation>
    </message>
    <message>
        <source>Optimal plan applied.</source>
        <translation>Optimal plan applied.</translation>
    </message>
    <message>
        <source>Feasible plan applied (time limit reached).</source>
        <translation>Feasible plan applied (time limit reached).</translation>
    </message>
    <message>
        <source>%1 project(s) could not be scheduled under the caps.</source>
        <translation>%1 project(s) could not be scheduled under the caps.</translation>
    </message>
    <message>
        <source>Writing the PDF report %1…</source>
        <translation>Writing the PDF report %1…</translation>
    </message>
    <message>
        <source>PDF report written: %1</source>
        <translation>PDF report written: %1</translation>
    </message>
    <message>
        <source>PDF report: %1</source>
        <translation>PDF report: %1</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Select a project first.</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Remove project</translation>
    </message>
    <message>
        <source>Remove %1 from the roadmap?</source>
        <translation>Remove %1 from the roadmap?</translation>
    </message>
    <message>
        <source>Merged roadmap</source>
        <translation>Merged roadmap</translation>
    </message>
    <message>
        <source>Store the merged roadmap (%1 projects) in the territory, replacing the current one?</source>
        <translation>Store the merged roadmap (%1 projects) in the territory, replacing the current one?</translation>
    </message>
    <message>
        <source>Open a roadmap file</source>
        <translation>Open a roadmap file</translation>
    </message>
    <message>
        <source>Roadmap (*.json);;All files (*)</source>
        <translation>Roadmap (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Roadmap read from %1.</source>
        <translation>Roadmap read from %1.</translation>
    </message>
    <message>
        <source>Export the roadmap</source>
        <translation>Export the roadmap</translation>
    </message>
    <message>
        <source>Roadmap file (*.json);;CSV (*.csv);;iCalendar milestones (*.ics);;GanttProject (*.gan)</source>
        <translation>Roadmap file (*.json);;CSV (*.csv);;iCalendar milestones (*.ics);;GanttProject (*.gan)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>PDF report of the roadmap</source>
        <translation>PDF report of the roadmap</translation>
    </message>
    <message>
        <source>roadmap-report.pdf</source>
        <translation>roadmap-report.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Baseline saved: the current dates and costs are the new reference.</source>
        <translation>Baseline saved: the current dates and costs are the new reference.</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Roadmap</translation>
    </message>
    <message>
        <source>&amp;Show the roadmap</source>
        <translation>&amp;Show the roadmap</translation>
    </message>
    <message>
        <source>&amp;Merge roadmap files…</source>
        <translation>&amp;Merge roadmap files…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF report…</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>SOURCE=EUROS; ... e.g. DSIL=300000; FEDER=200000</source>
        <translation>SOURCE=EUROS; ... e.g. DSIL=300000; FEDER=200000</translation>
    </message>
    <message>
        <source>KPI|TARGET|UNIT; ... e.g. Energy saved|450000|kWh/year</source>
        <translation>KPI|TARGET|UNIT; ... e.g. Energy saved|450000|kWh/year</translation>
    </message>
    <message>
        <source>territory:districts/5; lighting:cabinets/12; ...</source>
        <translation>territory:districts/5; lighting:cabinets/12; ...</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Opex per year</source>
        <translation>Opex per year</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Impact (0-10)</source>
        <translation>Impact (0-10)</translation>
    </message>
    <message>
        <source>Feasibility (0-10)</source>
        <translation>Feasibility (0-10)</translation>
    </message>
    <message>
        <source>Citizen votes</source>
        <translation>Citizen votes</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Benefits (KPIs)</source>
        <translation>Benefits (KPIs)</translation>
    </message>
    <message>
        <source>Stakeholders consulted</source>
        <translation>Stakeholders consulted</translation>
    </message>
    <message>
        <source>Linked map features</source>
        <translation>Linked map features</translation>
    </message>
    <message>
        <source>(new project)</source>
        <translation>(new project)</translation>
    </message>
    <message>
        <source>Project %1, field &quot;%2&quot;: %3</source>
        <translation>Project %1, field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>a title is required</translation>
    </message>
    <message>
        <source>capex</source>
        <translation>capex</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 is negative</translation>
    </message>
    <message>
        <source>opex</source>
        <translation>opex</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>funding</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SOURCE=EUROS with an amount &gt;= 0</source>
        <translation>&quot;%1&quot; is not SOURCE=EUROS with an amount &gt;= 0</translation>
    </message>
    <message>
        <source>benefits</source>
        <translation>benefits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KPI|TARGET|UNIT with a numeric target</source>
        <translation>&quot;%1&quot; is not KPI|TARGET|UNIT with a numeric target</translation>
    </message>
</context>
<context>
    <name>vigie::SlideImageCache</name>
    <message>
        <source>There is no slide %1 (the deck has %2).</source>
        <translation>There is no slide %1 (the deck has %2).</translation>
    </message>
    <message>
        <source>Nothing to draw the slides with.</source>
        <translation>Nothing to draw the slides with.</translation>
    </message>
    <message>
        <source>Slide %1 could not be drawn.</source>
        <translation>Slide %1 could not be drawn.</translation>
    </message>
</context>
<context>
    <name>vigie::SyncConflictModel</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n byte of binary data)</numerusform>
            <numerusform>(%n bytes of binary data)</numerusform>
        </translation>
    </message>
    <message>
        <source>whole row: deleted offline, edited on the server</source>
        <translation>whole row: deleted offline, edited on the server</translation>
    </message>
    <message>
        <source>whole row: edited offline, deleted on the server</source>
        <translation>whole row: edited offline, deleted on the server</translation>
    </message>
    <message>
        <source>whole row: added on both sides</source>
        <translation>whole row: added on both sides</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>At checkout</source>
        <translation>At checkout</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>vigie::SyncDialog</name>
    <message>
        <source>Synchronise with the Server</source>
        <translation>Synchronise with the Server</translation>
    </message>
    <message>
        <source>Offline copy &lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt;. A dry run shows first what the synchronisation would do; nothing is written until you press Synchronise.</source>
        <translation>Offline copy &lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt;. A dry run shows first what the synchronisation would do; nothing is written until you press Synchronise.</translation>
    </message>
    <message>
        <source>Take the Server&apos;s Value</source>
        <translation>Take the Server&apos;s Value</translation>
    </message>
    <message>
        <source>Write the server&apos;s value into the offline copy: the conflict is gone at the next synchronisation</source>
        <translation>Write the server&apos;s value into the offline copy: the conflict is gone at the next synchronisation</translation>
    </message>
    <message>
        <source>Keep the Offline Value</source>
        <translation>Keep the Offline Value</translation>
    </message>
    <message>
        <source>Keep the offline value (or the offline deletion): the next synchronisation sends it to the server</source>
        <translation>Keep the offline value (or the offline deletion): the next synchronisation sends it to the server</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Check Again</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>%p% — %1</source>
        <translation>%p% — %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Comparing the offline copy with the server…</source>
        <translation>Comparing the offline copy with the server…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Dry run, nothing written yet. With %1: on the server %2 updated, %3 inserted, %4 deleted; offline %5 refreshed, %6 added from the server.</source>
        <translation>Dry run, nothing written yet. With %1: on the server %2 updated, %3 inserted, %4 deleted; offline %5 refreshed, %6 added from the server.</translation>
    </message>
    <message>
        <source>Synchronised with %1: on the server %2 updated, %3 inserted, %4 deleted; offline %5 refreshed, %6 added from the server.</source>
        <translation>Synchronised with %1: on the server %2 updated, %3 inserted, %4 deleted; offline %5 refreshed, %6 added from the server.</translation>
    </message>
    <message>
        <source>An interrupted synchronisation was finished first.</source>
        <translation>An interrupted synchronisation was finished first.</translation>
    </message>
    <message>
        <source>The offline copy and the server agree: there is nothing to synchronise.</source>
        <translation>The offline copy and the server agree: there is nothing to synchronise.</translation>
    </message>
    <message>
        <source>New row of %1: offline id %2 is %3 on the server.</source>
        <translation>New row of %1: offline id %2 is %3 on the server.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), not applied: each stays in the offline copy and is reported again until one side gives way.</source>
        <translation>
            <numerusform>%n conflict, not applied: each stays in the offline copy and is reported again until one side gives way.</numerusform>
            <numerusform>%n conflicts, not applied: each stays in the offline copy and is reported again until one side gives way.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run cancelled.</source>
        <translation>Dry run cancelled.</translation>
    </message>
    <message>
        <source>Synchronisation cancelled: nothing was changed.</source>
        <translation>Synchronisation cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>The dry run failed: nothing was changed.</source>
        <translation>The dry run failed: nothing was changed.</translation>
    </message>
    <message>
        <source>The synchronisation failed: nothing was changed.</source>
        <translation>The synchronisation failed: nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot synchronise %1: %2</source>
        <translation>Cannot synchronise %1: %2</translation>
    </message>
    <message>
        <source>Took the server&apos;s value of %1 %2 %3 into the offline copy</source>
        <translation>Took the server&apos;s value of %1 %2 %3 into the offline copy</translation>
    </message>
    <message>
        <source>Kept the offline value of %1 %2 %3: the next synchronisation sends it</source>
        <translation>Kept the offline value of %1 %2 %3: the next synchronisation sends it</translation>
    </message>
    <message>
        <source>%1, %2: a conflict inside a roadmap document is resolved by editing the roadmap</source>
        <translation>%1, %2: a conflict inside a roadmap document is resolved by editing the roadmap</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 is no offline copy: take one with Territory ▸ Take an offline copy… first.
%2</source>
        <translation>%1 is no offline copy: take one with Territory ▸ Take an offline copy… first.
%2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
</context>
<context>
    <name>vigie::TerritoryCheckout</name>
    <message>
        <source>%1: a checkout is a GeoPackage file, not a PostGIS database</source>
        <translation>%1: a checkout is a GeoPackage file, not a PostGIS database</translation>
    </message>
    <message>
        <source>%1 already exists: a checkout never overwrites a file</source>
        <translation>%1 already exists: a checkout never overwrites a file</translation>
    </message>
    <message>
        <source>extent %1,%2,%3,%4: xmin must be below xmax and ymin below ymax</source>
        <translation>extent %1,%2,%3,%4: xmin must be below xmax and ymin below ymax</translation>
    </message>
    <message>
        <source>give an extent or a commune, not both</source>
        <translation>give an extent or a commune, not both</translation>
    </message>
    <message>
        <source>%1: no commune with code %2 in territory:communes</source>
        <translation>%1: no commune with code %2 in territory:communes</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction</source>
        <translation>%1: cannot start a transaction</translation>
    </message>
    <message>
        <source>%1: cannot leave out fid %2 of %3</source>
        <translation>%1: cannot leave out fid %2 of %3</translation>
    </message>
    <message>
        <source>%1: cannot commit the filtered layers</source>
        <translation>%1: cannot commit the filtered layers</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>table %1: %2</translation>
    </message>
    <message>
        <source>checked out %1 to %2: %3 features kept, %4 left out, %5 rows</source>
        <translation>checked out %1 to %2: %3 features kept, %4 left out, %5 rows</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>the source of the checkout, %1, is gone (moved or deleted); nothing was changed</source>
        <translation>the source of the checkout, %1, is gone (moved or deleted); nothing was changed</translation>
    </message>
    <message>
        <source>cannot open the source of the checkout, %1: %2; nothing was changed</source>
        <translation>cannot open the source of the checkout, %1: %2; nothing was changed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2; nothing was changed</translation>
    </message>
    <message>
        <source>component %1 is at schema %2 in the checkout but %3 on %4: synchronise with a server at the same schema (check out again after a migration); nothing was changed</source>
        <translation>component %1 is at schema %2 in the checkout but %3 on %4: synchronise with a server at the same schema (check out again after a migration); nothing was changed</translation>
    </message>
    <message>
        <source>component %1 is at schema %2 in the checkout and on the server, but this build&apos;s plugin is at %3; nothing was changed</source>
        <translation>component %1 is at schema %2 in the checkout and on the server, but this build&apos;s plugin is at %3; nothing was changed</translation>
    </message>
    <message>
        <source>%1 has no layer table %2; nothing was changed</source>
        <translation>%1 has no layer table %2; nothing was changed</translation>
    </message>
    <message>
        <source>%1 has no table %2; nothing was changed</source>
        <translation>%1 has no table %2; nothing was changed</translation>
    </message>
    <message>
        <source>table %1, key %2: %3; nothing was changed</source>
        <translation>table %1, key %2: %3; nothing was changed</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction; nothing was changed</source>
        <translation>%1: cannot start a transaction; nothing was changed</translation>
    </message>
    <message>
        <source>%1: cannot commit; nothing was changed</source>
        <translation>%1: cannot commit; nothing was changed</translation>
    </message>
    <message>
        <source>the source to record, %1, is not the same kind of territory as %2 (a PostGIS connection and a file)</source>
        <translation>the source to record, %1, is not the same kind of territory as %2 (a PostGIS connection and a file)</translation>
    </message>
    <message>
        <source>cancelled: no checkout was written</source>
        <translation>cancelled: no checkout was written</translation>
    </message>
    <message>
        <source>filtering layer %1</source>
        <translation>filtering layer %1</translation>
    </message>
    <message>
        <source>reading table %1</source>
        <translation>reading table %1</translation>
    </message>
    <message>
        <source>recording the values at checkout</source>
        <translation>recording the values at checkout</translation>
    </message>
    <message>
        <source>compacting</source>
        <translation>compacting</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>%1, table %2, key %3</source>
        <translation>%1, table %2, key %3</translation>
    </message>
    <message>
        <source>%1: no layer or synchronised table %2 in this offline copy; nothing was changed</source>
        <translation>%1: no layer or synchronised table %2 in this offline copy; nothing was changed</translation>
    </message>
    <message>
        <source>cannot open %1 for writing; nothing was changed</source>
        <translation>cannot open %1 for writing; nothing was changed</translation>
    </message>
    <message>
        <source>%1: a feature of a layer is named by its fid (an integer); nothing was changed</source>
        <translation>%1: a feature of a layer is named by its fid (an integer); nothing was changed</translation>
    </message>
    <message>
        <source>%1: the layer cannot be opened; nothing was changed</source>
        <translation>%1: the layer cannot be opened; nothing was changed</translation>
    </message>
    <message>
        <source>%1: cannot read layer %2 on %3; nothing was changed</source>
        <translation>%1: cannot read layer %2 on %3; nothing was changed</translation>
    </message>
    <message>
        <source>%1: the table has no primary key%2; nothing was changed</source>
        <translation>%1: the table has no primary key%2; nothing was changed</translation>
    </message>
    <message>
        <source>%1: the key of %2 has %3 columns (%4): give a JSON array of %3 values; nothing was changed</source>
        <translation>%1: the key of %2 has %3 columns (%4): give a JSON array of %3 values; nothing was changed</translation>
    </message>
    <message>
        <source>%1: no such row offline, on the server or at checkout; nothing was changed</source>
        <translation>%1: no such row offline, on the server or at checkout; nothing was changed</translation>
    </message>
    <message>
        <source>%1: no such feature offline, on the server or at checkout; nothing was changed</source>
        <translation>%1: no such feature offline, on the server or at checkout; nothing was changed</translation>
    </message>
    <message>
        <source>%1: the row is not offline, on the server and at checkout all three: resolve the whole row (no field); nothing was changed</source>
        <translation>%1: the row is not offline, on the server and at checkout all three: resolve the whole row (no field); nothing was changed</translation>
    </message>
    <message>
        <source>%1: no field %2; nothing was changed</source>
        <translation>%1: no field %2; nothing was changed</translation>
    </message>
    <message>
        <source>%1%2: the offline value is kept, the next sync sends it</source>
        <translation>%1%2: the offline value is kept, the next sync sends it</translation>
    </message>
    <message>
        <source>%1%2: the server&apos;s value was written offline</source>
        <translation>%1%2: the server&apos;s value was written offline</translation>
    </message>
    <message>
        <source>%1: cannot tell whether the interrupted sync %2 reached the server: %3; nothing was changed</source>
        <translation>%1: cannot tell whether the interrupted sync %2 reached the server: %3; nothing was changed</translation>
    </message>
    <message>
        <source>%1 no longer knows whether the interrupted sync %2 was committed (too old): check out again; nothing was changed</source>
        <translation>%1 no longer knows whether the interrupted sync %2 was committed (too old): check out again; nothing was changed</translation>
    </message>
    <message>
        <source>an earlier sync of this checkout (%1) is still being committed on %2: try again in a moment; nothing was changed</source>
        <translation>an earlier sync of this checkout (%1) is still being committed on %2: try again in a moment; nothing was changed</translation>
    </message>
    <message>
        <source>%1: the interrupted sync %2 cannot be read: check out again</source>
        <translation>%1: the interrupted sync %2 cannot be read: check out again</translation>
    </message>
    <message>
        <source>%1: cannot finish the interrupted sync %2: %3</source>
        <translation>%1: cannot finish the interrupted sync %2: %3</translation>
    </message>
    <message>
        <source>%1: finished the interrupted sync %2 (committed on %3)</source>
        <translation>%1: finished the interrupted sync %2 (committed on %3)</translation>
    </message>
    <message>
        <source>%1: no commune with code %2 in territory:communes; nothing was changed</source>
        <translation>%1: no commune with code %2 in territory:communes; nothing was changed</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>cancelled; nothing was changed</translation>
    </message>
    <message>
        <source>reading the values at checkout</source>
        <translation>reading the values at checkout</translation>
    </message>
    <message>
        <source>comparing layer %1</source>
        <translation>comparing layer %1</translation>
    </message>
    <message>
        <source>%1, layer %2: %3; nothing was changed</source>
        <translation>%1, layer %2: %3; nothing was changed</translation>
    </message>
    <message>
        <source>comparing table %1</source>
        <translation>comparing table %1</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>writing</translation>
    </message>
    <message>
        <source>%1 could not be updated: %2</source>
        <translation>%1 could not be updated: %2</translation>
    </message>
    <message>
        <source>%1: the rows to write kept changing on the server during the sync; nothing was changed; try again</source>
        <translation>%1: the rows to write kept changing on the server during the sync; nothing was changed; try again</translation>
    </message>
    <message>
        <source>%1: rows changed on the server while synchronising %2; planning again</source>
        <translation>%1: rows changed on the server while synchronising %2; planning again</translation>
    </message>
    <message>
        <source>cannot read the transaction id: %1</source>
        <translation>cannot read the transaction id: %1</translation>
    </message>
    <message>
        <source>cannot record the sync in the checkout %1: %2</source>
        <translation>cannot record the sync in the checkout %1: %2</translation>
    </message>
    <message>
        <source>%1 was updated, but the checkout %2 not yet (%3): the next territory sync finishes it, with nothing applied twice</source>
        <translation>%1 was updated, but the checkout %2 not yet (%3): the next territory sync finishes it, with nothing applied twice</translation>
    </message>
    <message>
        <source>synchronised %1 with %2: %3 updated, %4 inserted, %5 deleted, %6 refreshed, %7 added from the server, %8 conflicts</source>
        <translation>synchronised %1 with %2: %3 updated, %4 inserted, %5 deleted, %6 refreshed, %7 added from the server, %8 conflicts</translation>
    </message>
    <message>
        <source>the checkout was taken as role %1 and this connection acts as role %2: another role may see other features of the server (communes as tenants), so synchronise as %1; nothing was changed</source>
        <translation>the checkout was taken as role %1 and this connection acts as role %2: another role may see other features of the server (communes as tenants), so synchronise as %1; nothing was changed</translation>
    </message>
</context>
<context>
    <name>vigie::TerritoryWatcher</name>
    <message numerus="yes">
        <source>Change notifications installed on %n table(s)</source>
        <translation>
            <numerusform>Change notifications installed on %n table</numerusform>
            <numerusform>Change notifications installed on %n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: edits made on other desktops appear only after reopening: the change notifications are not installed and this role may not install them (run vigie-cli territory notify as the tables&apos; owner). %2</source>
        <translation>%1: edits made on other desktops appear only after reopening: the change notifications are not installed and this role may not install them (run vigie-cli territory notify as the tables&apos; owner). %2</translation>
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
    <name>vigie::WaterMap</name>
    <message>
        <source>Pipes (simulation)</source>
        <translation>Pipes (simulation)</translation>
    </message>
    <message>
        <source>Junctions (simulation)</source>
        <translation>Junctions (simulation)</translation>
    </message>
    <message>
        <source>above %1 %2</source>
        <translation>above %1 %2</translation>
    </message>
    <message>
        <source>no pressure (below 0)</source>
        <translation>no pressure (below 0)</translation>
    </message>
    <message>
        <source>low (below %1)</source>
        <translation>low (below %1)</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>above %1</translation>
    </message>
    <message>
        <source>Metered areas by real losses</source>
        <translation>Metered areas by real losses</translation>
    </message>
    <message>
        <source>%1: %2 m³/day lost</source>
        <translation>%1: %2 m³/day lost</translation>
    </message>
    <message>
        <source>Isolation: pipes and valves</source>
        <translation>Isolation: pipes and valves</translation>
    </message>
    <message>
        <source>Isolation: valves and cut-off junctions</source>
        <translation>Isolation: valves and cut-off junctions</translation>
    </message>
    <message>
        <source>burst pipe</source>
        <translation>burst pipe</translation>
    </message>
    <message>
        <source>segment emptied</source>
        <translation>segment emptied</translation>
    </message>
    <message>
        <source>cut off (no supply)</source>
        <translation>cut off (no supply)</translation>
    </message>
    <message>
        <source>valve or pump to close</source>
        <translation>valve or pump to close</translation>
    </message>
    <message>
        <source>valve to close</source>
        <translation>valve to close</translation>
    </message>
    <message>
        <source>junction without water</source>
        <translation>junction without water</translation>
    </message>
    <message>
        <source>Leak candidates</source>
        <translation>Leak candidates</translation>
    </message>
    <message>
        <source>reported leak pipe</source>
        <translation>reported leak pipe</translation>
    </message>
    <message>
        <source>candidate 1</source>
        <translation>candidate 1</translation>
    </message>
    <message>
        <source>candidates 2-3</source>
        <translation>candidates 2-3</translation>
    </message>
    <message>
        <source>candidates 4 and more</source>
        <translation>candidates 4 and more</translation>
    </message>
</context>
<context>
    <name>vigie::WaterPanel</name>
    <message>
        <source>No water network</source>
        <translation>No water network</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simulating… %1 % (%2 s)</source>
        <translation>Simulating… %1 % (%2 s)</translation>
    </message>
    <message>
        <source>Reading the SCADA data and computing the balance… %1 s</source>
        <translation>Reading the SCADA data and computing the balance… %1 s</translation>
    </message>
    <message>
        <source>Reading the SCADA data and detecting leaks… %1 s</source>
        <translation>Reading the SCADA data and detecting leaks… %1 s</translation>
    </message>
    <message>
        <source>Reading the territory&apos;s water network… %1 s</source>
        <translation>Reading the territory&apos;s water network… %1 s</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simulate</translation>
    </message>
    <message>
        <source>Extended-period hydraulic simulation (the solver of vigie-cli water simulate) in the background</source>
        <translation>Extended-period hydraulic simulation (the solver of vigie-cli water simulate) in the background</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>no results</translation>
    </message>
    <message>
        <source>Pipes by</source>
        <translation>Pipes by</translation>
    </message>
    <message>
        <source>velocity</source>
        <translation>velocity</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flow</translation>
    </message>
    <message>
        <source>low pressure below</source>
        <translation>low pressure below</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pressure</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>node id, or pick one on the map</source>
        <translation>node id, or pick one on the map</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Pick on map</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>SCADA folder (BattLeDIM layout)</source>
        <translation>SCADA folder (BattLeDIM layout)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Compute balance</source>
        <translation>Compute balance</translation>
    </message>
    <message>
        <source>Daily water balance per metered area (vigie-cli water balance) in the background</source>
        <translation>Daily water balance per metered area (vigie-cli water balance) in the background</translation>
    </message>
    <message>
        <source>SCADA</source>
        <translation>SCADA</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Inflow m³/d</source>
        <translation>Inflow m³/d</translation>
    </message>
    <message>
        <source>Consumption m³/d</source>
        <translation>Consumption m³/d</translation>
    </message>
    <message>
        <source>Real losses m³/d</source>
        <translation>Real losses m³/d</translation>
    </message>
    <message>
        <source>NRW %</source>
        <translation>NRW %</translation>
    </message>
    <message>
        <source>ILI</source>
        <translation>ILI</translation>
    </message>
    <message>
        <source>Mains km</source>
        <translation>Mains km</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Burst pipe</source>
        <translation>Burst pipe</translation>
    </message>
    <message>
        <source>pipe id</source>
        <translation>pipe id</translation>
    </message>
    <message>
        <source>Isolate</source>
        <translation>Isolate</translation>
    </message>
    <message>
        <source>A valve at each end of every pipe (&quot;N&quot; rule) besides the model&apos;s valves and pumps</source>
        <translation>A valve at each end of every pipe (&quot;N&quot; rule) besides the model&apos;s valves and pumps</translation>
    </message>
    <message>
        <source>Valves to close</source>
        <translation>Valves to close</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Detect leaks</source>
        <translation>Detect leaks</translation>
    </message>
    <message>
        <source>Leak detection and localisation (vigie-cli water detect) in the background</source>
        <translation>Leak detection and localisation (vigie-cli water detect) in the background</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Pipe</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>m³/h</source>
        <translation>m³/h</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Candidate pipe</source>
        <translation>Candidate pipe</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>Leaks</translation>
    </message>
    <message>
        <source>Choose the SCADA folder</source>
        <translation>Choose the SCADA folder</translation>
    </message>
    <message>
        <source>SCADA folder</source>
        <translation>SCADA folder</translation>
    </message>
    <message>
        <source>%1: water network of the territory</source>
        <translation>%1: water network of the territory</translation>
    </message>
    <message>
        <source>L-TOWN demo model (the territory has none: %1); not placed on the territory</source>
        <translation>L-TOWN demo model (the territory has none: %1); not placed on the territory</translation>
    </message>
    <message>
        <source>%1 junctions, %2 pipes, %3 pumps, %4 valves, %5 tanks, %6 reservoirs. Simulate, or pick a pipe to isolate.</source>
        <translation>%1 junctions, %2 pipes, %3 pumps, %4 valves, %5 tanks, %6 reservoirs. Simulate, or pick a pipe to isolate.</translation>
    </message>
    <message>
        <source>Water analysis</source>
        <translation>Water analysis</translation>
    </message>
    <message>
        <source>Open a territory with a water network first.</source>
        <translation>Open a territory with a water network first.</translation>
    </message>
    <message>
        <source>%1 hydraulic solutions (%2 trials), %3 reporting steps in %4 s.%5</source>
        <translation>%1 hydraulic solutions (%2 trials), %3 reporting steps in %4 s.%5</translation>
    </message>
    <message numerus="yes">
        <source> %n warning(s): %1</source>
        <translation>
            <numerusform> %n warning: %1</numerusform>
            <numerusform> %n warnings: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulation failed: %1</source>
        <translation>Simulation failed: %1</translation>
    </message>
    <message>
        <source>day %1, %2:%3</source>
        <translation>day %1, %2:%3</translation>
    </message>
    <message>
        <source>No node &quot;%1&quot; in the network.</source>
        <translation>No node &quot;%1&quot; in the network.</translation>
    </message>
    <message>
        <source>Select a node (list or map)</source>
        <translation>Select a node (list or map)</translation>
    </message>
    <message>
        <source>Head and pressure over time: run a simulation</source>
        <translation>Head and pressure over time: run a simulation</translation>
    </message>
    <message>
        <source>Node %1: head and pressure</source>
        <translation>Node %1: head and pressure</translation>
    </message>
    <message>
        <source>head (%1)</source>
        <translation>head (%1)</translation>
    </message>
    <message>
        <source>pressure (%1)</source>
        <translation>pressure (%1)</translation>
    </message>
    <message>
        <source>shown on the map</source>
        <translation>shown on the map</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Choose a SCADA folder first.</source>
        <translation>Choose a SCADA folder first.</translation>
    </message>
    <message numerus="yes">
        <source>Balance of %n metered area(s) over %1 days in %2 s.</source>
        <translation>
            <numerusform>Balance of %n metered area over %1 days in %2 s.</numerusform>
            <numerusform>Balance of %n metered areas over %1 days in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance failed: %1</source>
        <translation>Balance failed: %1</translation>
    </message>
    <message>
        <source>UARL %1 m³/day, mean sensor pressure %2 m, %3 AMR meters</source>
        <translation>UARL %1 m³/day, mean sensor pressure %2 m, %3 AMR meters</translation>
    </message>
    <message>
        <source>Daily balance: compute the balance</source>
        <translation>Daily balance: compute the balance</translation>
    </message>
    <message>
        <source>%1: daily balance and minimum night flow</source>
        <translation>%1: daily balance and minimum night flow</translation>
    </message>
    <message>
        <source>inflow m³/d</source>
        <translation>inflow m³/d</translation>
    </message>
    <message>
        <source>consumption m³/d</source>
        <translation>consumption m³/d</translation>
    </message>
    <message>
        <source>real losses m³/d</source>
        <translation>real losses m³/d</translation>
    </message>
    <message>
        <source>min. night flow m³/h</source>
        <translation>min. night flow m³/h</translation>
    </message>
    <message>
        <source>Isolation of &quot;%1&quot;: %2</source>
        <translation>Isolation of &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Burst on %1&lt;/b&gt;: close %n valve(s). Segment emptied: %2 pipe(s). Out of service: %3 pipe(s), %4 junction(s), &lt;b&gt;%5 customer node(s)&lt;/b&gt;, demand %6 %7.%8</source>
        <translation>
            <numerusform>&lt;b&gt;Burst on %1&lt;/b&gt;: close %n valve. Segment emptied: %2 pipe. Out of service: %3 pipe, %4 junction, &lt;b&gt;%5 customer node&lt;/b&gt;, demand %6 %7.%8</numerusform>
            <numerusform>&lt;b&gt;Burst on %1&lt;/b&gt;: close %n valves. Segment emptied: %2 pipes. Out of service: %3 pipes, %4 junctions, &lt;b&gt;%5 customer nodes&lt;/b&gt;, demand %6 %7.%8</numerusform>
        </translation>
    </message>
    <message>
        <source> &lt;b&gt;The segment holds a reservoir or tank: it cannot be fully isolated.&lt;/b&gt;</source>
        <translation> &lt;b&gt;The segment holds a reservoir or tank: it cannot be fully isolated.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Isolation of %1: %n valve(s) to close, %2 customer node(s) cut off.</source>
        <translation>
            <numerusform>Isolation of %1: %n valve to close, %2 customer node cut off.</numerusform>
            <numerusform>Isolation of %1: %n valves to close, %2 customer nodes cut off.</numerusform>
        </translation>
    </message>
    <message>
        <source>No water network on the map.</source>
        <translation>No water network on the map.</translation>
    </message>
    <message>
        <source>Click a pipe on the map to isolate it.</source>
        <translation>Click a pipe on the map to isolate it.</translation>
    </message>
    <message numerus="yes">
        <source>%n leak(s) detected in %1 s.</source>
        <translation>
            <numerusform>%n leak detected in %1 s.</numerusform>
            <numerusform>%n leaks detected in %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leak detection failed: %1</source>
        <translation>Leak detection failed: %1</translation>
    </message>
    <message>
        <source>before the data</source>
        <translation>before the data</translation>
    </message>
    <message>
        <source>Simulation cancelled; the previous results are kept.</source>
        <translation>Simulation cancelled; the previous results are kept.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>&amp;Water</source>
        <translation>&amp;Water</translation>
    </message>
    <message>
        <source>&amp;Show the water panel</source>
        <translation>&amp;Show the water panel</translation>
    </message>
    <message>
        <source>&amp;Run the simulation</source>
        <translation>&amp;Run the simulation</translation>
    </message>
    <message>
        <source>&amp;Isolate a pipe on the map</source>
        <translation>&amp;Isolate a pipe on the map</translation>
    </message>
    <message>
        <source>time %1 s: %2</source>
        <translation>time %1 s: %2</translation>
    </message>
    <message numerus="yes">
        <source>Low pressure: %n junction(s) below %1 %2 at %3</source>
        <translation>
            <numerusform>Low pressure: %n junction below %1 %2 at %3</numerusform>
            <numerusform>Low pressure: %n junctions below %1 %2 at %3</numerusform>
        </translation>
    </message>
    <message>
        <source>training SCADA folder (optional)</source>
        <translation>training SCADA folder (optional)</translation>
    </message>
    <message>
        <source>A year of SCADA data with known leaks: the detector calibrates its consumption model on it</source>
        <translation>A year of SCADA data with known leaks: the detector calibrates its consumption model on it</translation>
    </message>
    <message>
        <source>Choose the training SCADA folder</source>
        <translation>Choose the training SCADA folder</translation>
    </message>
    <message>
        <source>its leak list, CSV (optional)</source>
        <translation>its leak list, CSV (optional)</translation>
    </message>
    <message>
        <source>Choose the leak list of the training record (link_id,start_time,end_time,…)</source>
        <translation>Choose the leak list of the training record (link_id,start_time,end_time,…)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training SCADA folder</source>
        <translation>Training SCADA folder</translation>
    </message>
    <message>
        <source>Leak list of the training record</source>
        <translation>Leak list of the training record</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Show the live leaks</source>
        <translation>Show the live leaks</translation>
    </message>
    <message>
        <source>When a feed (MQTT or the replay) stores water observations, the leak monitor runs on them in the background (vigie-cli water watch) and raises an alarm for each new leak</source>
        <translation>When a feed (MQTT or the replay) stores water observations, the leak monitor runs on them in the background (vigie-cli water watch) and raises an alarm for each new leak</translation>
    </message>
    <message>
        <source>Live monitor: waiting for water observations</source>
        <translation>Live monitor: waiting for water observations</translation>
    </message>
    <message>
        <source>Live monitor: no territory</source>
        <translation>Live monitor: no territory</translation>
    </message>
    <message numerus="yes">
        <source>Live monitor: %n leak(s), data up to %1</source>
        <translation>
            <numerusform>Live monitor: %n leak, data up to %1</numerusform>
            <numerusform>Live monitor: %n leaks, data up to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Live monitor failed: %1</source>
        <translation>Live monitor failed: %1</translation>
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
        <source>Minimum volume (m³)</source>
        <translation>Minimum volume (m³)</translation>
    </message>
    <message>
        <source>Volume curve</source>
        <translation>Volume curve</translation>
    </message>
    <message>
        <source>Can overflow</source>
        <translation>Can overflow</translation>
    </message>
    <message>
        <source>Relative speed</source>
        <translation>Relative speed</translation>
    </message>
    <message>
        <source>Speed pattern</source>
        <translation>Speed pattern</translation>
    </message>
    <message>
        <source>District metered areas</source>
        <translation>District metered areas</translation>
    </message>
    <message>
        <source>DMA</source>
        <translation>DMA</translation>
    </message>
    <message>
        <source>Boundary meters and devices</source>
        <translation>Boundary meters and devices</translation>
    </message>
    <message>
        <source>EPANET model sections</source>
        <translation>EPANET model sections</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Add the EPANET attributes, the DMA polygons and the model sections to the water layers</source>
        <translation>Add the EPANET attributes, the DMA polygons and the model sections to the water layers</translation>
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
        <source>%1: no such audit log</source>
        <translation>%1: no such audit log</translation>
    </message>
    <message>
        <source>%1: these are %2 votes, but the vote already holds %3 ballots</source>
        <translation>%1: these are %2 votes, but the vote already holds %3 ballots</translation>
    </message>
    <message>
        <source>%1: paper counts are approvals: %2 votes cannot be added to them</source>
        <translation>%1: paper counts are approvals: %2 votes cannot be added to them</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points (a whole number, 0 or more)</source>
        <translation>&quot;%1&quot; is not a number of points (a whole number, 0 or more)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rank (a whole number, 1 or more)</source>
        <translation>&quot;%1&quot; is not a rank (a whole number, 1 or more)</translation>
    </message>
    <message>
        <source>rank %1 given twice by this voter (first on line %2)</source>
        <translation>rank %1 given twice by this voter (first on line %2)</translation>
    </message>
    <message>
        <source>Add1: the double-precision MES disagrees with the exact one at %1 per voter; recomputing every step exactly</source>
        <translation>Add1: the double-precision MES disagrees with the exact one at %1 per voter; recomputing every step exactly</translation>
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
  attach TERRITORY FILE.pb [--rule R] [--completion C]
         stores the vote (the file byte for byte), its rule (default mes-cost) and its result in
         the territory, replacing the election attached before; the review deck shows it
  show TERRITORY [--json]   the attached election counted again with its rule: the keys of
         allocate --json, then name, completion, full_rule, projects, voters, currency, date_end,
         attached, sha256

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
  attach TERRITORY FILE.pb [--rule R] [--completion C]
         stores the vote (the file byte for byte), its rule (default mes-cost) and its result in
         the territory, replacing the election attached before; the review deck shows it
  show TERRITORY [--json]   the attached election counted again with its rule: the keys of
         allocate --json, then name, completion, full_rule, projects, voters, currency, date_end,
         attached, sha256

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
        <source>vigie-cli budget %1: %2</source>
        <translation>vigie-cli budget %1: %2</translation>
    </message>
    <message>
        <source>attach needs TERRITORY and FILE.pb</source>
        <translation>attach needs TERRITORY and FILE.pb</translation>
    </message>
    <message>
        <source>show needs TERRITORY</source>
        <translation>show needs TERRITORY</translation>
    </message>
    <message>
        <source>%1: attached %2 (%3): %4 of %5 projects funded, %6 of %7</source>
        <translation>%1: attached %2 (%3): %4 of %5 projects funded, %6 of %7</translation>
    </message>
    <message>
        <source>%1, attached %2 UTC</source>
        <translation>%1, attached %2 UTC</translation>
    </message>
    <message>
        <source>%1: %2 of %3 projects funded, %4 of %5, %6 voters</source>
        <translation>%1: %2 of %3 projects funded, %4 of %5, %6 voters</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1 is not a Vigie territory (no vigie_schema table)</source>
        <translation>%1 is not a Vigie territory (no vigie_schema table)</translation>
    </message>
    <message>
        <source>%1: the participatory budget was written by a newer Vigie (component %2 schema %3, this version supports %4)</source>
        <translation>%1: the participatory budget was written by a newer Vigie (component %2 schema %3, this version supports %4)</translation>
    </message>
    <message>
        <source>%1: migration of %2 to schema %3 failed: %4</source>
        <translation>%1: migration of %2 to schema %3 failed: %4</translation>
    </message>
    <message>
        <source>%1: the election cannot be attached: %2</source>
        <translation>%1: the election cannot be attached: %2</translation>
    </message>
    <message>
        <source>%1: no such territory file</source>
        <translation>%1: no such territory file</translation>
    </message>
    <message>
        <source>%1: the attached election %2 is damaged (its SHA-256 does not match)</source>
        <translation>%1: the attached election %2 is damaged (its SHA-256 does not match)</translation>
    </message>
    <message>
        <source>%1: no participatory budget attached (vigie-cli budget attach)</source>
        <translation>%1: no participatory budget attached (vigie-cli budget attach)</translation>
    </message>
    <message>
        <source>%1: the attached election cannot be counted: %2</source>
        <translation>%1: the attached election cannot be counted: %2</translation>
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
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 8601 time (e.g. 2024-05-01T08:00:00Z)</source>
        <translation>--%1: &quot;%2&quot; is not an ISO 8601 time (e.g. 2024-05-01T08:00:00Z)</translation>
    </message>
    <message>
        <source>missing command (count, export or retention)</source>
        <translation>missing command (count, export or retention)</translation>
    </message>
    <message>
        <source>%1: missing TERRITORY</source>
        <translation>%1: missing TERRITORY</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unexpected argument &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no sensor &apos;%2&apos;</source>
        <translation>%1: no sensor &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: no sensor &apos;%2&apos; (no sensor data yet)</source>
        <translation>%1: no sensor &apos;%2&apos; (no sensor data yet)</translation>
    </message>
    <message>
        <source>%1 observations of %2 sensors (%3 15-minute aggregates)</source>
        <translation>%1 observations of %2 sensors (%3 15-minute aggregates)</translation>
    </message>
    <message>
        <source>%1 observations of sensor %2 (%3 15-minute aggregates)</source>
        <translation>%1 observations of sensor %2 (%3 15-minute aggregates)</translation>
    </message>
    <message>
        <source>export: --out FILE.csv is required</source>
        <translation>export: --out FILE.csv is required</translation>
    </message>
    <message>
        <source>export: --to (%1) must come after --from (%2)</source>
        <translation>export: --to (%1) must come after --from (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 rows written to %2</translation>
    </message>
    <message>
        <source>retention: --raw-days must be a whole number of days, 0 or more (got &quot;%1&quot;)</source>
        <translation>retention: --raw-days must be a whole number of days, 0 or more (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1 raw values older than %2 days moved into 15-minute aggregates; %3 raw values and %4 aggregates kept</source>
        <translation>%1 raw values older than %2 days moved into 15-minute aggregates; %3 raw values and %4 aggregates kept</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (count, export or retention)</source>
        <translation>unknown command &quot;%1&quot; (count, export or retention)</translation>
    </message>
    <message>
        <source>Usage: vigie-cli sensors COMMAND TERRITORY [arguments]
Sensors of a territory and the assets they are bound to.

Commands:
  list TERRITORY [--unbound] [--json]          every sensor (or the unbound ones): kind, unit, asset, state, last value
  register TERRITORY SENSOR --kind KIND        registers a sensor or sets its kind (%1)
  bind TERRITORY SENSOR LAYER FID              binds a sensor to an asset (LAYER as domain:name, e.g. water:junctions)
  unbind TERRITORY SENSOR                      removes the binding

Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.
</source>
        <translation>Usage: vigie-cli sensors COMMAND TERRITORY [arguments]
Sensors of a territory and the assets they are bound to.

Commands:
  list TERRITORY [--unbound] [--json]          every sensor (or the unbound ones): kind, unit, asset, state, last value
  register TERRITORY SENSOR --kind KIND        registers a sensor or sets its kind (%1)
  bind TERRITORY SENSOR LAYER FID              binds a sensor to an asset (LAYER as domain:name, e.g. water:junctions)
  unbind TERRITORY SENSOR                      removes the binding

Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.
</translation>
    </message>
    <message>
        <source>missing command (list, register, bind or unbind)</source>
        <translation>missing command (list, register, bind or unbind)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (list, register, bind or unbind)</source>
        <translation>unknown command &quot;%1&quot; (list, register, bind or unbind)</translation>
    </message>
    <message>
        <source>%1 takes %2 arguments, got %3</source>
        <translation>%1 takes %2 arguments, got %3</translation>
    </message>
    <message>
        <source>unbound</source>
        <translation>unbound</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>%1 sensors</source>
        <translation>%1 sensors</translation>
    </message>
    <message>
        <source>register: --kind must be a sensor kind, got &quot;%1&quot;</source>
        <translation>register: --kind must be a sensor kind, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sensor %1 registered as %2 (%3)</source>
        <translation>sensor %1 registered as %2 (%3)</translation>
    </message>
    <message>
        <source>bind: FID must be a feature id (a whole number), got &quot;%1&quot;</source>
        <translation>bind: FID must be a feature id (a whole number), got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sensor %1 bound to %2 feature %3</source>
        <translation>sensor %1 bound to %2 feature %3</translation>
    </message>
    <message>
        <source>sensor %1 unbound</source>
        <translation>sensor %1 unbound</translation>
    </message>
    <message>
        <source>Usage: vigie-cli alarms COMMAND TERRITORY [arguments]
Alarms raised by the rules on the sensor values, kept in the territory file.

Commands:
  list TERRITORY [--all] [--json]         open alarms (with --all: cleared ones too), newest first
  ack TERRITORY ID [--user NAME]          acknowledges an alarm (user: --user, else the session user)
  clear TERRITORY ID [--user NAME]        clears an alarm
  history TERRITORY ID [--json]           events of an alarm: raised, normal, active, acknowledged, cleared
  rules TERRITORY [--json]                the alarm rules
  add-rule TERRITORY --type above|below|rate|stale [--threshold X] [--minutes M] [--kind KIND]
           [--sensor ID] [--layer LAYER --fid FID] [--severity info|warning|critical] [--name NAME]
                                          threshold in the kind&apos;s unit (rate: per minute); stale: minutes
  remove-rule TERRITORY ID                removes a rule
  check TERRITORY [--now ISO]             raises stale alarms and marks sensors offline

Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.
</source>
        <translation>Usage: vigie-cli alarms COMMAND TERRITORY [arguments]
Alarms raised by the rules on the sensor values, kept in the territory file.

Commands:
  list TERRITORY [--all] [--json]         open alarms (with --all: cleared ones too), newest first
  ack TERRITORY ID [--user NAME]          acknowledges an alarm (user: --user, else the session user)
  clear TERRITORY ID [--user NAME]        clears an alarm
  history TERRITORY ID [--json]           events of an alarm: raised, normal, active, acknowledged, cleared
  rules TERRITORY [--json]                the alarm rules
  add-rule TERRITORY --type above|below|rate|stale [--threshold X] [--minutes M] [--kind KIND]
           [--sensor ID] [--layer LAYER --fid FID] [--severity info|warning|critical] [--name NAME]
                                          threshold in the kind&apos;s unit (rate: per minute); stale: minutes
  remove-rule TERRITORY ID                removes a rule
  check TERRITORY [--now ISO]             raises stale alarms and marks sensors offline

Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.
</translation>
    </message>
    <message>
        <source>missing command (list, ack, clear, history, rules, add-rule, remove-rule or check)</source>
        <translation>missing command (list, ack, clear, history, rules, add-rule, remove-rule or check)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (list, ack, clear, history, rules, add-rule, remove-rule or check)</source>
        <translation>unknown command &quot;%1&quot; (list, ack, clear, history, rules, add-rule, remove-rule or check)</translation>
    </message>
    <message>
        <source>%1: ID must be an alarm or rule number, got &quot;%2&quot;</source>
        <translation>%1: ID must be an alarm or rule number, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>add-rule: --type must be above, below, rate or stale, got &quot;%1&quot;</source>
        <translation>add-rule: --type must be above, below, rate or stale, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add-rule: --%1 is required for a %2 rule</source>
        <translation>add-rule: --%1 is required for a %2 rule</translation>
    </message>
    <message>
        <source>add-rule: --%1 must be a number, got &quot;%2&quot;</source>
        <translation>add-rule: --%1 must be a number, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>add-rule: --kind must be a sensor kind, got &quot;%1&quot;</source>
        <translation>add-rule: --kind must be a sensor kind, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add-rule: --severity must be info, warning or critical, got &quot;%1&quot;</source>
        <translation>add-rule: --severity must be info, warning or critical, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add-rule: --layer and --fid go together</source>
        <translation>add-rule: --layer and --fid go together</translation>
    </message>
    <message>
        <source>add-rule: --fid must be a feature id, got &quot;%1&quot;</source>
        <translation>add-rule: --fid must be a feature id, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source> by %1 at %2</source>
        <translation> by %1 at %2</translation>
    </message>
    <message>
        <source> (back to normal)</source>
        <translation> (back to normal)</translation>
    </message>
    <message>
        <source>%1 alarms</source>
        <translation>%1 alarms</translation>
    </message>
    <message>
        <source>%1: no alarm %2</source>
        <translation>%1: no alarm %2</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 rules</translation>
    </message>
    <message>
        <source>alarm %1 acknowledged by %2</source>
        <translation>alarm %1 acknowledged by %2</translation>
    </message>
    <message>
        <source>alarm %1 cleared by %2</source>
        <translation>alarm %1 cleared by %2</translation>
    </message>
    <message>
        <source>alarm rule %1 added</source>
        <translation>alarm rule %1 added</translation>
    </message>
    <message>
        <source>alarm rule %1 removed</source>
        <translation>alarm rule %1 removed</translation>
    </message>
    <message>
        <source>%1 stale alarms raised</source>
        <translation>%1 stale alarms raised</translation>
    </message>
    <message>
        <source>Usage: vigie-cli feeds COMMAND [arguments]
Live sensor feeds.

Commands:
  replay TERRITORY [--speed X] [--hours H] [--start ISO] [--json]
      stores H hours (default 168) of the built-in replay feed (L-Town SCADA week, lamp controllers,
      bin fill levels) through the JSON decoder; --speed 0 (default) as fast as possible, else X
      simulated seconds per second; --start defaults to now minus H hours at full speed, else now
  discover URL [--json]
      lists the Things and Datastreams of a SensorThings service (URL ends with /v1.1 or /v1.0)
%1
Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.
</source>
        <translation>Usage: vigie-cli feeds COMMAND [arguments]
Live sensor feeds.

Commands:
  replay TERRITORY [--speed X] [--hours H] [--start ISO] [--json]
      stores H hours (default 168) of the built-in replay feed (L-Town SCADA week, lamp controllers,
      bin fill levels) through the JSON decoder; --speed 0 (default) as fast as possible, else X
      simulated seconds per second; --start defaults to now minus H hours at full speed, else now
  discover URL [--json]
      lists the Things and Datastreams of a SensorThings service (URL ends with /v1.1 or /v1.0)
%1
Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.
</translation>
    </message>
    <message>
        <source>replay takes 1 argument (TERRITORY), got %1</source>
        <translation>replay takes 1 argument (TERRITORY), got %1</translation>
    </message>
    <message>
        <source>replay: --speed must be 0 (as fast as possible) or a positive factor, got &quot;%1&quot;</source>
        <translation>replay: --speed must be 0 (as fast as possible) or a positive factor, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>replay: --hours must be a number of hours above 0 (at most a year), got &quot;%1&quot;</source>
        <translation>replay: --hours must be a number of hours above 0 (at most a year), got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>replayed %1 to %2: %3 sensors (%4 bound to assets), %5 payloads, %6 observations: %7 stored, %8 duplicates, %9 rejected, in %10 s (%11 observations/s)</source>
        <translation>replayed %1 to %2: %3 sensors (%4 bound to assets), %5 payloads, %6 observations: %7 stored, %8 duplicates, %9 rejected, in %10 s (%11 observations/s)</translation>
    </message>
    <message>
        <source>discover takes 1 argument (URL), got %1</source>
        <translation>discover takes 1 argument (URL), got %1</translation>
    </message>
    <message>
        <source>discover: &quot;%1&quot; is not an http(s) URL</source>
        <translation>discover: &quot;%1&quot; is not an http(s) URL</translation>
    </message>
    <message>
        <source>%1 things, %2 datastreams</source>
        <translation>%1 things, %2 datastreams</translation>
    </message>
    <message>
        <source>Sensor observations of a territory: count, export to CSV, retention into 15-minute aggregates.</source>
        <translation>Sensor observations of a territory: count, export to CSV, retention into 15-minute aggregates.</translation>
    </message>
    <message>
        <source>Sensors of a territory: list, register, bind to an asset, unbind.</source>
        <translation>Sensors of a territory: list, register, bind to an asset, unbind.</translation>
    </message>
    <message>
        <source>Alarms of a territory: list, acknowledge, clear, rules, stale check.</source>
        <translation>Alarms of a territory: list, acknowledge, clear, rules, stale check.</translation>
    </message>
    <message>
        <source>Live feeds: replay the built-in demo feed, discover a SensorThings service.</source>
        <translation>Live feeds: replay the built-in demo feed, discover a SensorThings service.</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>missing command</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (%2)</source>
        <translation>unknown command &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Usage: vigie-cli feeds test CONFIG.json [--seconds N] [--user NAME] [--json]
Connects to the broker of a feed configuration, subscribes to its topics, decodes what
arrives during N seconds (default 5) and reports. Uses its own clean session (client id
CLIENTID-test), so it takes nothing from the feed&apos;s persistent session and stores nothing.
The password is read from VIGIE_MQTT_PASSWORD or asked without echo.

Exit codes: 0 connected (and what arrived decoded), 1 connection refused or every
message failed to decode, 2 usage error, 3 the configuration cannot be read.
</source>
        <translation>Usage: vigie-cli feeds test CONFIG.json [--seconds N] [--user NAME] [--json]
Connects to the broker of a feed configuration, subscribes to its topics, decodes what
arrives during N seconds (default 5) and reports. Uses its own clean session (client id
CLIENTID-test), so it takes nothing from the feed&apos;s persistent session and stores nothing.
The password is read from VIGIE_MQTT_PASSWORD or asked without echo.

Exit codes: 0 connected (and what arrived decoded), 1 connection refused or every
message failed to decode, 2 usage error, 3 the configuration cannot be read.
</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unknown option --%1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>option --%1 needs a value</translation>
    </message>
    <message>
        <source>MQTT password for %1: </source>
        <translation>MQTT password for %1: </translation>
    </message>
    <message>
        <source>%1 %2 | %3 msg/s | %4 obs/s | %5 messages | %6 stored | %7 duplicates | %8 errors | %9 reconnects | %10 KiB pending</source>
        <translation>%1 %2 | %3 msg/s | %4 obs/s | %5 messages | %6 stored | %7 duplicates | %8 errors | %9 reconnects | %10 KiB pending</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>disconnected</translation>
    </message>
    <message>
        <source>vigie-cli ingest: %1</source>
        <translation>vigie-cli ingest: %1</translation>
    </message>
    <message>
        <source>missing TERRITORY</source>
        <translation>missing TERRITORY</translation>
    </message>
    <message>
        <source>one territory only, got: %1</source>
        <translation>one territory only, got: %1</translation>
    </message>
    <message>
        <source>vigie-cli ingest: the territory %1 does not exist</source>
        <translation>vigie-cli ingest: the territory %1 does not exist</translation>
    </message>
    <message>
        <source>vigie-cli ingest: give the broker with --mqtt URL or --feed CONFIG.json</source>
        <translation>vigie-cli ingest: give the broker with --mqtt URL or --feed CONFIG.json</translation>
    </message>
    <message>
        <source>vigie-cli ingest: give at least one --topic FILTER</source>
        <translation>vigie-cli ingest: give at least one --topic FILTER</translation>
    </message>
    <message>
        <source>vigie-cli ingest: --max-payload takes a positive number of bytes</source>
        <translation>vigie-cli ingest: --max-payload takes a positive number of bytes</translation>
    </message>
    <message>
        <source>vigie-cli ingest: --duration takes a positive number of seconds</source>
        <translation>vigie-cli ingest: --duration takes a positive number of seconds</translation>
    </message>
    <message>
        <source>ingest: %1 -&gt; %2 (client id %3, topics %4, decoder %5)</source>
        <translation>ingest: %1 -&gt; %2 (client id %3, topics %4, decoder %5)</translation>
    </message>
    <message>
        <source>ingest: %1; retrying with backoff until interrupted</source>
        <translation>ingest: %1; retrying with backoff until interrupted</translation>
    </message>
    <message>
        <source>ingest: stopping, committing what was received...</source>
        <translation>ingest: stopping, committing what was received...</translation>
    </message>
    <message>
        <source>%1 messages received (%2 replayed from the journal), %3 observations stored, %4 duplicates ignored, %5 unknown sensors registered, %6 malformed, %7 oversized, %8 reconnects</source>
        <translation>%1 messages received (%2 replayed from the journal), %3 observations stored, %4 duplicates ignored, %5 unknown sensors registered, %6 malformed, %7 oversized, %8 reconnects</translation>
    </message>
    <message>
        <source>vigie-cli feeds test: %1</source>
        <translation>vigie-cli feeds test: %1</translation>
    </message>
    <message>
        <source>vigie-cli feeds test: give one CONFIG.json</source>
        <translation>vigie-cli feeds test: give one CONFIG.json</translation>
    </message>
    <message>
        <source>vigie-cli feeds test: --seconds takes a positive number</source>
        <translation>vigie-cli feeds test: --seconds takes a positive number</translation>
    </message>
    <message>
        <source>connected to %1 in %2 ms, subscribed to %3; listening for %4 s...</source>
        <translation>connected to %1 in %2 ms, subscribed to %3; listening for %4 s...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 messages in %2 s: %3 decoded into %4 observations of %5 sensors, %6 malformed</source>
        <translation>%1 messages in %2 s: %3 decoded into %4 observations of %5 sensors, %6 malformed</translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation>malformed: %1</translation>
    </message>
    <message>
        <source>sample: %1 %2 = %3 %4</source>
        <translation>sample: %1 %2 = %3 %4</translation>
    </message>
    <message>
        <source>nothing arrived: check the topic filters, or publish something while the test runs</source>
        <translation>nothing arrived: check the topic filters, or publish something while the test runs</translation>
    </message>
    <message>
        <source>Receives a live MQTT feed into a territory until interrupted (QoS 1, journaled, nothing lost).</source>
        <translation>Receives a live MQTT feed into a territory until interrupted (QoS 1, journaled, nothing lost).</translation>
    </message>
    <message>
        <source>Checks a feed configuration: connects, subscribes, decodes what arrives for a few seconds.</source>
        <translation>Checks a feed configuration: connects, subscribes, decodes what arrives for a few seconds.</translation>
    </message>
    <message>
        <source>%1: more than %2 pages, stopped</source>
        <translation>%1: more than %2 pages, stopped</translation>
    </message>
    <message>
        <source>%1: @iot.nextLink points back to a page already read, stopped</source>
        <translation>%1: @iot.nextLink points back to a page already read, stopped</translation>
    </message>
    <message>
        <source>%1: malformed page: not a SensorThings collection (no &quot;value&quot; array)</source>
        <translation>%1: malformed page: not a SensorThings collection (no &quot;value&quot; array)</translation>
    </message>
    <message>
        <source>expected an NGSI-LD entity or an array of entities</source>
        <translation>expected an NGSI-LD entity or an array of entities</translation>
    </message>
    <message>
        <source>entity %1 has no id</source>
        <translation>entity %1 has no id</translation>
    </message>
    <message>
        <source>alarm rule &apos;%1&apos;: the threshold must be a finite number</source>
        <translation>alarm rule &apos;%1&apos;: the threshold must be a finite number</translation>
    </message>
    <message>
        <source>alarm rule &apos;%1&apos;: a rate of change threshold must be above 0 (got %2)</source>
        <translation>alarm rule &apos;%1&apos;: a rate of change threshold must be above 0 (got %2)</translation>
    </message>
    <message>
        <source>alarm rule &apos;%1&apos;: a stale rule needs a number of minutes above 0 (got %2)</source>
        <translation>alarm rule &apos;%1&apos;: a stale rule needs a number of minutes above 0 (got %2)</translation>
    </message>
    <message>
        <source>alarm rule &apos;%1&apos;: an asset rule needs the layer and the feature id</source>
        <translation>alarm rule &apos;%1&apos;: an asset rule needs the layer and the feature id</translation>
    </message>
    <message>
        <source>%1: cannot add alarm rule &apos;%2&apos;: %3</source>
        <translation>%1: cannot add alarm rule &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>cannot remove alarm rule %1: %2</source>
        <translation>cannot remove alarm rule %1: %2</translation>
    </message>
    <message>
        <source>no alarm rule %1</source>
        <translation>no alarm rule %1</translation>
    </message>
    <message>
        <source>acknowledging alarm %1 needs a user name</source>
        <translation>acknowledging alarm %1 needs a user name</translation>
    </message>
    <message>
        <source>alarm %1 was cleared by %2; it cannot be acknowledged</source>
        <translation>alarm %1 was cleared by %2; it cannot be acknowledged</translation>
    </message>
    <message>
        <source>alarm %1 was already acknowledged by %2</source>
        <translation>alarm %1 was already acknowledged by %2</translation>
    </message>
    <message>
        <source>cannot acknowledge alarm %1: %2</source>
        <translation>cannot acknowledge alarm %1: %2</translation>
    </message>
    <message>
        <source>clearing alarm %1 needs a user name</source>
        <translation>clearing alarm %1 needs a user name</translation>
    </message>
    <message>
        <source>alarm %1 was already cleared by %2</source>
        <translation>alarm %1 was already cleared by %2</translation>
    </message>
    <message>
        <source>cannot clear alarm %1: %2</source>
        <translation>cannot clear alarm %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 above %4 %3</source>
        <translation>%1: %2 %3 above %4 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 below %4 %3</source>
        <translation>%1: %2 %3 below %4 %3</translation>
    </message>
    <message>
        <source>%1: changes by %2 %3/min (limit %4 %3/min)</source>
        <translation>%1: changes by %2 %3/min (limit %4 %3/min)</translation>
    </message>
    <message>
        <source>%1: values again</source>
        <translation>%1: values again</translation>
    </message>
    <message>
        <source>stale evaluation not done: %1</source>
        <translation>stale evaluation not done: %1</translation>
    </message>
    <message>
        <source>%1: no value for %2 min (limit %3 min)</source>
        <translation>%1: no value for %2 min (limit %3 min)</translation>
    </message>
    <message>
        <source>cannot read the feed configuration %1: %2</source>
        <translation>cannot read the feed configuration %1: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1: invalid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: a feed configuration is a JSON object</source>
        <translation>%1: a feed configuration is a JSON object</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a feed configuration must not hold a password; give it with the environment variable VIGIE_MQTT_PASSWORD or at the prompt (CLI), or in the QGIS authentication manager (app)</source>
        <translation>&quot;%1&quot;: a feed configuration must not hold a password; give it with the environment variable VIGIE_MQTT_PASSWORD or at the prompt (CLI), or in the QGIS authentication manager (app)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation>unknown field &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>missing field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>field &quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <source>field &quot;broker&quot;: %1</source>
        <translation>field &quot;broker&quot;: %1</translation>
    </message>
    <message>
        <source>field &quot;topics/%1&quot; must be a non-empty string</source>
        <translation>field &quot;topics/%1&quot; must be a non-empty string</translation>
    </message>
    <message>
        <source>field &quot;topics&quot; must list at least one topic filter</source>
        <translation>field &quot;topics&quot; must list at least one topic filter</translation>
    </message>
    <message>
        <source>field &quot;qos&quot; must be 0, 1 or 2</source>
        <translation>field &quot;qos&quot; must be 0, 1 or 2</translation>
    </message>
    <message>
        <source>field &quot;decoderOptions&quot; must be an object</source>
        <translation>field &quot;decoderOptions&quot; must be an object</translation>
    </message>
    <message>
        <source>field &quot;tls&quot; must be an object</source>
        <translation>field &quot;tls&quot; must be an object</translation>
    </message>
    <message>
        <source>unknown field &quot;tls/%1&quot; (known: %2)</source>
        <translation>unknown field &quot;tls/%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>field &quot;tls/verifyServer&quot; must be true or false</source>
        <translation>field &quot;tls/verifyServer&quot; must be true or false</translation>
    </message>
    <message>
        <source>unknown option &quot;decoderOptions/%1&quot; of the json decoder (known: %2)</source>
        <translation>unknown option &quot;decoderOptions/%1&quot; of the json decoder (known: %2)</translation>
    </message>
    <message>
        <source>option &quot;decoderOptions/sensorTopicSegment&quot; must be a topic level index (0, 1, ...)</source>
        <translation>option &quot;decoderOptions/sensorTopicSegment&quot; must be a topic level index (0, 1, ...)</translation>
    </message>
    <message>
        <source>option &quot;decoderOptions/%1&quot; must be a JSON pointer such as &quot;/value&quot;</source>
        <translation>option &quot;decoderOptions/%1&quot; must be a JSON pointer such as &quot;/value&quot;</translation>
    </message>
    <message>
        <source>the %1 decoder takes no decoderOptions (chirpstack: useDeviceName)</source>
        <translation>the %1 decoder takes no decoderOptions (chirpstack: useDeviceName)</translation>
    </message>
    <message>
        <source>vigie-cli %1: %2</source>
        <translation>vigie-cli %1: %2</translation>
    </message>
    <message>
        <source>Run &quot;vigie-cli %1 --help&quot; for usage.</source>
        <translation>Run &quot;vigie-cli %1 --help&quot; for usage.</translation>
    </message>
    <message>
        <source>cannot create the journal file %1: %2</source>
        <translation>cannot create the journal file %1: %2</translation>
    </message>
    <message>
        <source>cannot open the journal file %1: %2</source>
        <translation>cannot open the journal file %1: %2</translation>
    </message>
    <message>
        <source>journal %1: dropped a torn or corrupt record at byte %2 (%3 bytes, from an interrupted write)</source>
        <translation>journal %1: dropped a torn or corrupt record at byte %2 (%3 bytes, from an interrupted write)</translation>
    </message>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>cannot create the journal folder %1</translation>
    </message>
    <message>
        <source>the journal %1 is in use by another process (same territory and client id)</source>
        <translation>the journal %1 is in use by another process (same territory and client id)</translation>
    </message>
    <message>
        <source>journal %1: %2 messages from a previous run are replayed first</source>
        <translation>journal %1: %2 messages from a previous run are replayed first</translation>
    </message>
    <message>
        <source>message of %1 bytes is larger than the journal accepts (%2 bytes)</source>
        <translation>message of %1 bytes is larger than the journal accepts (%2 bytes)</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>the journal is not open</translation>
    </message>
    <message>
        <source>cannot write the journal file %1: %2</source>
        <translation>cannot write the journal file %1: %2</translation>
    </message>
    <message>
        <source>cannot read the journal file %1: %2</source>
        <translation>cannot read the journal file %1: %2</translation>
    </message>
    <message>
        <source>journal %1: corrupt record at byte %2, rest of the segment skipped</source>
        <translation>journal %1: corrupt record at byte %2, rest of the segment skipped</translation>
    </message>
    <message>
        <source>the broker %1 refused the connection: unacceptable MQTT protocol version</source>
        <translation>the broker %1 refused the connection: unacceptable MQTT protocol version</translation>
    </message>
    <message>
        <source>the broker %1 refused the client id &quot;%2&quot;</source>
        <translation>the broker %1 refused the client id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the broker %1 is unavailable (it refused the connection: server unavailable)</source>
        <translation>the broker %1 is unavailable (it refused the connection: server unavailable)</translation>
    </message>
    <message>
        <source>the broker %1 refused the connection: bad user name or password (user &quot;%2&quot;)</source>
        <translation>the broker %1 refused the connection: bad user name or password (user &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the broker %1 refused the connection: bad user name or password, or user &quot;%2&quot; is not authorized</source>
        <translation>the broker %1 refused the connection: bad user name or password, or user &quot;%2&quot; is not authorized</translation>
    </message>
    <message>
        <source>the broker %1 refused the connection: not authorized (it may require a user name and password)</source>
        <translation>the broker %1 refused the connection: not authorized (it may require a user name and password)</translation>
    </message>
    <message>
        <source>the broker %1 refused the connection: user &quot;%2&quot; is not authorized</source>
        <translation>the broker %1 refused the connection: user &quot;%2&quot; is not authorized</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: the broker&apos;s certificate is not trusted (not signed by the CA in %2, or expired): %3</source>
        <translation>TLS connection to %1 failed: the broker&apos;s certificate is not trusted (not signed by the CA in %2, or expired): %3</translation>
    </message>
    <message>
        <source>the system store</source>
        <translation>the system store</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: the broker&apos;s certificate does not name this host: %2</source>
        <translation>TLS connection to %1 failed: the broker&apos;s certificate does not name this host: %2</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: the broker rejected the client certificate %2 or ended the handshake (%3)</source>
        <translation>TLS connection to %1 failed: the broker rejected the client certificate %2 or ended the handshake (%3)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2</source>
        <translation>TLS connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>handshake error</source>
        <translation>handshake error</translation>
    </message>
    <message>
        <source>cannot reach the broker %1 (connection refused, unknown host or timeout)%2</source>
        <translation>cannot reach the broker %1 (connection refused, unknown host or timeout)%2</translation>
    </message>
    <message>
        <source>cannot subscribe on %1 (Paho error %2)</source>
        <translation>cannot subscribe on %1 (Paho error %2)</translation>
    </message>
    <message>
        <source>connection to %1 lost%2, reconnecting</source>
        <translation>connection to %1 lost%2, reconnecting</translation>
    </message>
    <message>
        <source>the broker %1 refused the subscription to %2 (not authorized for these topics?)</source>
        <translation>the broker %1 refused the subscription to %2 (not authorized for these topics?)</translation>
    </message>
    <message>
        <source>connected to %1, subscribed to %2</source>
        <translation>connected to %1, subscribed to %2</translation>
    </message>
    <message>
        <source>cannot subscribe to %1 on %2 (code %3)</source>
        <translation>cannot subscribe to %1 on %2 (code %3)</translation>
    </message>
    <message>
        <source>cannot start connecting to %1 (Paho error %2)</source>
        <translation>cannot start connecting to %1 (Paho error %2)</translation>
    </message>
    <message>
        <source>invalid broker URL &quot;%1&quot;: use mqtt://HOST:PORT, mqtts://HOST:PORT, tcp:// or ssl://</source>
        <translation>invalid broker URL &quot;%1&quot;: use mqtt://HOST:PORT, mqtts://HOST:PORT, tcp:// or ssl://</translation>
    </message>
    <message>
        <source>invalid broker URL &quot;%1&quot;: expected %2://HOST:PORT</source>
        <translation>invalid broker URL &quot;%1&quot;: expected %2://HOST:PORT</translation>
    </message>
    <message>
        <source>a client id is required: the broker keeps the persistent session under it</source>
        <translation>a client id is required: the broker keeps the persistent session under it</translation>
    </message>
    <message>
        <source>no topic to subscribe to</source>
        <translation>no topic to subscribe to</translation>
    </message>
    <message>
        <source>invalid QoS %1 (0, 1 or 2)</source>
        <translation>invalid QoS %1 (0, 1 or 2)</translation>
    </message>
    <message>
        <source>TLS files are given but the broker URL %1 is not a TLS one (use mqtts:// or ssl://)</source>
        <translation>TLS files are given but the broker URL %1 is not a TLS one (use mqtts:// or ssl://)</translation>
    </message>
    <message>
        <source>a client certificate needs both the certificate file and its key file</source>
        <translation>a client certificate needs both the certificate file and its key file</translation>
    </message>
    <message>
        <source>cannot read the TLS file %1</source>
        <translation>cannot read the TLS file %1</translation>
    </message>
    <message>
        <source>invalid topic filter &quot;%1&quot; (# only as the last level)</source>
        <translation>invalid topic filter &quot;%1&quot; (# only as the last level)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot create the MQTT client for %1 (Paho error %2)</source>
        <translation>cannot create the MQTT client for %1 (Paho error %2)</translation>
    </message>
    <message>
        <source>cannot set the MQTT callbacks (Paho error %1)</source>
        <translation>cannot set the MQTT callbacks (Paho error %1)</translation>
    </message>
    <message>
        <source>no answer from the broker %1 within %2 s</source>
        <translation>no answer from the broker %1 within %2 s</translation>
    </message>
    <message>
        <source>%1: no asset layer &apos;%2&apos;</source>
        <translation>%1: no asset layer &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no primary key</source>
        <translation>%1: layer &apos;%2&apos; has no primary key</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no feature %3</source>
        <translation>%1: layer &apos;%2&apos; has no feature %3</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage or corrupt: %2</source>
        <translation>%1: not a GeoPackage or corrupt: %2</translation>
    </message>
    <message>
        <source>%1 is not a Vigie territory (no vigie_schema or gpkg_contents table)</source>
        <translation>%1 is not a Vigie territory (no vigie_schema or gpkg_contents table)</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL: %2</source>
        <translation>%1: cannot switch to WAL: %2</translation>
    </message>
    <message>
        <source>%1: cannot read vigie_schema: %2</source>
        <translation>%1: cannot read vigie_schema: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Vigie (component feeds schema %2, this version supports %3)</source>
        <translation>%1 was written by a newer Vigie (component feeds schema %2, this version supports %3)</translation>
    </message>
    <message>
        <source>%1 has no sensor data yet (no feeds tables)</source>
        <translation>%1 has no sensor data yet (no feeds tables)</translation>
    </message>
    <message>
        <source>%1: cannot start the feeds migration: %2</source>
        <translation>%1: cannot start the feeds migration: %2</translation>
    </message>
    <message>
        <source>%1: migration of feeds to schema %2 failed: %3</source>
        <translation>%1: migration of feeds to schema %2 failed: %3</translation>
    </message>
    <message>
        <source>%1: feeds tables created (schema %2)</source>
        <translation>%1: feeds tables created (schema %2)</translation>
    </message>
    <message>
        <source>%1: cannot read the feeds tables: %2</source>
        <translation>%1: cannot read the feeds tables: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the alarms: %2</source>
        <translation>%1: cannot read the alarms: %2</translation>
    </message>
    <message>
        <source>%1: cannot change the durability: %2</source>
        <translation>%1: cannot change the durability: %2</translation>
    </message>
    <message>
        <source>observation without sensor id</source>
        <translation>observation without sensor id</translation>
    </message>
    <message>
        <source>sensor %1: observation without a valid time</source>
        <translation>sensor %1: observation without a valid time</translation>
    </message>
    <message>
        <source>sensor %1: value %2 is not a finite number</source>
        <translation>sensor %1: value %2 is not a finite number</translation>
    </message>
    <message>
        <source>%1: observations not stored (batch of %2 rolled back): %3</source>
        <translation>%1: observations not stored (batch of %2 rolled back): %3</translation>
    </message>
    <message>
        <source>a sensor id cannot be empty</source>
        <translation>a sensor id cannot be empty</translation>
    </message>
    <message>
        <source>sensor %1 already has %2 values of kind %3; its kind cannot change</source>
        <translation>sensor %1 already has %2 values of kind %3; its kind cannot change</translation>
    </message>
    <message>
        <source>%1: cannot register sensor %2: %3</source>
        <translation>%1: cannot register sensor %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot bind sensor %2: %3</source>
        <translation>%1: cannot bind sensor %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot register sensors: %2</source>
        <translation>%1: cannot register sensors: %2</translation>
    </message>
    <message>
        <source>%1: cannot unbind sensor %2: %3</source>
        <translation>%1: cannot unbind sensor %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot change the state of sensor %2: %3</source>
        <translation>%1: cannot change the state of sensor %2: %3</translation>
    </message>
    <message>
        <source>the raw retention period must be 0 days or more (got %1)</source>
        <translation>the raw retention period must be 0 days or more (got %1)</translation>
    </message>
    <message>
        <source>%1: retention not applied: %2</source>
        <translation>%1: retention not applied: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the replay data: %2</source>
        <translation>%1: cannot read the replay data: %2</translation>
    </message>
    <message>
        <source>%1:1: the header must be &quot;time,KIND:ID,...&quot;</source>
        <translation>%1:1: the header must be &quot;time,KIND:ID,...&quot;</translation>
    </message>
    <message>
        <source>%1:1: column %2 &quot;%3&quot; is not KIND:ID with a known sensor kind</source>
        <translation>%1:1: column %2 &quot;%3&quot; is not KIND:ID with a known sensor kind</translation>
    </message>
    <message>
        <source>%1:%2: %3 values, expected %4</source>
        <translation>%1:%2: %3 values, expected %4</translation>
    </message>
    <message>
        <source>%1:%2: column %3: &quot;%4&quot; is not a number</source>
        <translation>%1:%2: column %3: &quot;%4&quot; is not a number</translation>
    </message>
    <message>
        <source>%1: no readings</source>
        <translation>%1: no readings</translation>
    </message>
    <message>
        <source>%1: not an http(s) URL</source>
        <translation>%1: not an http(s) URL</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: no answer within %2 s</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: malformed page: %2 at byte %3</source>
        <translation>%1: malformed page: %2 at byte %3</translation>
    </message>
    <message>
        <source>%1: malformed page: value[%2] is not a Thing object</source>
        <translation>%1: malformed page: value[%2] is not a Thing object</translation>
    </message>
    <message>
        <source>%1: malformed page: value[%2] has no @iot.id</source>
        <translation>%1: malformed page: value[%2] has no @iot.id</translation>
    </message>
    <message>
        <source>%1: malformed page: %2</source>
        <translation>%1: malformed page: %2</translation>
    </message>
    <message>
        <source>%1: malformed page: expected an array of NGSI-LD entities</source>
        <translation>%1: malformed page: expected an array of NGSI-LD entities</translation>
    </message>
    <message>
        <source>change notifications need a PostGIS territory</source>
        <translation>change notifications need a PostGIS territory</translation>
    </message>
    <message>
        <source>no change notifications on %1 (alarms changed elsewhere are polled every %2 s): %3</source>
        <translation>no change notifications on %1 (alarms changed elsewhere are polled every %2 s): %3</translation>
    </message>
    <message>
        <source>%1: cannot connect to PostgreSQL: %2</source>
        <translation>%1: cannot connect to PostgreSQL: %2</translation>
    </message>
    <message>
        <source>%1 is not a Vigie territory (no vigie_schema table)</source>
        <translation>%1 is not a Vigie territory (no vigie_schema table)</translation>
    </message>
    <message>
        <source>the database connection is lost and cannot be restored yet: %1</source>
        <translation>the database connection is lost and cannot be restored yet: %1</translation>
    </message>
    <message>
        <source>%1: connected again</source>
        <translation>%1: connected again</translation>
    </message>
    <message>
        <source>%1: cannot start gzip decompression</source>
        <translation>%1: cannot start gzip decompression</translation>
    </message>
    <message>
        <source>%1: truncated gzip data</source>
        <translation>%1: truncated gzip data</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data</source>
        <translation>%1: corrupt gzip data</translation>
    </message>
    <message>
        <source>%1:1: the header must be &quot;Timestamp,JUNCTION,...&quot;</source>
        <translation>%1:1: the header must be &quot;Timestamp,JUNCTION,...&quot;</translation>
    </message>
    <message>
        <source>%1:1: column %2 has no junction id</source>
        <translation>%1:1: column %2 has no junction id</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not 5 minutes after the previous row</source>
        <translation>%1:%2: &quot;%3&quot; is not 5 minutes after the previous row</translation>
    </message>
    <message>
        <source>%1:%2: the first row must be a Monday 00:00 (&quot;%3&quot;)</source>
        <translation>%1:%2: the first row must be a Monday 00:00 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Low pressure (below 28 m)</source>
        <translation>Low pressure (below 28 m)</translation>
    </message>
    <message>
        <source>High pressure (above 57 m)</source>
        <translation>High pressure (above 57 m)</translation>
    </message>
    <message>
        <source>Low tank level (below 2.5 m)</source>
        <translation>Low tank level (below 2.5 m)</translation>
    </message>
    <message>
        <source>Pressure sensor silent for 30 minutes</source>
        <translation>Pressure sensor silent for 30 minutes</translation>
    </message>
    <message>
        <source>replay feed: %1 sensors (%2 bound to assets): %3 SCADA, %4 customer meters, %5 lamp controllers, %6 bins</source>
        <translation>replay feed: %1 sensors (%2 bound to assets): %3 SCADA, %4 customer meters, %5 lamp controllers, %6 bins</translation>
    </message>
    <message>
        <source>an analysis alarm needs a key (its sensor id)</source>
        <translation>an analysis alarm needs a key (its sensor id)</translation>
    </message>
    <message>
        <source>cannot raise the alarm &quot;%1&quot;: %2</source>
        <translation>cannot raise the alarm &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Usage: vigie-cli observations COMMAND TERRITORY [options]
Reads back the sensor observations stored in a territory file.

Commands:
  count TERRITORY [--sensor ID] [--json]     number of raw observations (and of 15-minute aggregates)
  export TERRITORY --out FILE.csv [--sensor ID] [--from ISO] [--to ISO] [--aggregates]
                                             writes raw observations (sensor,time,value,unit,flags) or
                                             15-minute aggregates (sensor,start,min,mean,max,count) as CSV
  retention TERRITORY --raw-days N           moves raw values older than N days into 15-minute aggregates now
  retention TERRITORY                        the same with the territory&apos;s retention period
  retention TERRITORY --set-raw-days N       stores the retention period (1 to 36500 days, default 90):
                                             vigie-cli ingest and the app apply it at start and every hour
  retention TERRITORY --show [--json]        the retention period, raw values and aggregates

Times are ISO 8601 (2024-05-01T08:00:00Z); --from is included, --to excluded.
Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.
</source>
        <translation>Usage: vigie-cli observations COMMAND TERRITORY [options]
Reads back the sensor observations stored in a territory file.

Commands:
  count TERRITORY [--sensor ID] [--json]     number of raw observations (and of 15-minute aggregates)
  export TERRITORY --out FILE.csv [--sensor ID] [--from ISO] [--to ISO] [--aggregates]
                                             writes raw observations (sensor,time,value,unit,flags) or
                                             15-minute aggregates (sensor,start,min,mean,max,count) as CSV
  retention TERRITORY --raw-days N           moves raw values older than N days into 15-minute aggregates now
  retention TERRITORY                        the same with the territory&apos;s retention period
  retention TERRITORY --set-raw-days N       stores the retention period (1 to 36500 days, default 90):
                                             vigie-cli ingest and the app apply it at start and every hour
  retention TERRITORY --show [--json]        the retention period, raw values and aggregates

Times are ISO 8601 (2024-05-01T08:00:00Z); --from is included, --to excluded.
Exit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.
</translation>
    </message>
    <message>
        <source>retention: give one of --raw-days N, --set-raw-days N or --show</source>
        <translation>retention: give one of --raw-days N, --set-raw-days N or --show</translation>
    </message>
    <message>
        <source>raw values kept %1 days, then 15-minute aggregates</source>
        <translation>raw values kept %1 days, then 15-minute aggregates</translation>
    </message>
    <message>
        <source>raw values kept %1 days (default), then 15-minute aggregates</source>
        <translation>raw values kept %1 days (default), then 15-minute aggregates</translation>
    </message>
    <message>
        <source>%1 raw values, %2 aggregates</source>
        <translation>%1 raw values, %2 aggregates</translation>
    </message>
    <message>
        <source>retention: --set-raw-days must be a whole number of days from 1 to %1 (got &quot;%2&quot;)</source>
        <translation>retention: --set-raw-days must be a whole number of days from 1 to %1 (got &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>raw values are now kept %1 days; vigie-cli ingest and the app apply it at start and every hour (vigie-cli observations retention TERRITORY applies it now)</source>
        <translation>raw values are now kept %1 days; vigie-cli ingest and the app apply it at start and every hour (vigie-cli observations retention TERRITORY applies it now)</translation>
    </message>
    <message>
        <source>Usage: vigie-cli feeds import TERRITORY SOURCE [options]
Stores the history of a feed in a territory, through the same path as the live feeds: units converted,
unknown sensors registered unbound, out-of-range values flagged, an observation already stored counted
as a duplicate (importing twice stores nothing new).

Sources (one):
  --sensorthings URL      OGC SensorThings service root (ends with /v1.1 or /v1.0)
      [--datastream ID[,ID...]] [--thing ID[,ID...]]   default: every Datastream of the service
  --ngsi-ld URL           FIWARE NGSI-LD broker root
      [--type Streetlight|WaterObserved|WasteContainer|DeviceMeasurement[,...]]   default: all four
      [--temporal]        temporal query (history) instead of the entities&apos; current values
      [--tenant NAME]     NGSI-LD tenant (NGSILD-Tenant header)
      [--every SECONDS [--count N]]   polls the broker until Ctrl+C (or N polls)
  --csv FILE              CSV file, by default &quot;sensor,time,value[,unit]&quot; with an optional header
      [--delimiter C]     , ; tab or |
      [--sensor-column C] [--time-column C] [--value-column C] [--unit-column C]
                          a header name or a column number (1 = first)
      [--sensor ID]       every row is this sensor (a file &quot;time,value[,unit]&quot;)
      [--unit UNIT]       unit of the values when the file has none

Options:
  --from ISO --to ISO     time range (from included, to excluded), ISO 8601 (2024-05-01T00:00:00Z)
  --timeout SECONDS       HTTP request timeout (default 30)
  --json                  machine-readable result

Each HTTP page (or batch of 10,000 CSV rows) is stored in one transaction. On an error (server
unreachable, HTTP error, malformed page) the import stops, naming the URL and the reason: the pages
before it stay stored, the failing one is not, and running the import again stores only what is
missing. A CSV file is checked whole first: a bad line gives FILE:LINE and the reason, and nothing
is stored.
Exit codes: 0 done, 1 failure (network, HTTP, malformed page, bad CSV line), 2 usage error,
3 the territory or the CSV file cannot be opened.
</source>
        <translation>Usage: vigie-cli feeds import TERRITORY SOURCE [options]
Stores the history of a feed in a territory, through the same path as the live feeds: units converted,
unknown sensors registered unbound, out-of-range values flagged, an observation already stored counted
as a duplicate (importing twice stores nothing new).

Sources (one):
  --sensorthings URL      OGC SensorThings service root (ends with /v1.1 or /v1.0)
      [--datastream ID[,ID...]] [--thing ID[,ID...]]   default: every Datastream of the service
  --ngsi-ld URL           FIWARE NGSI-LD broker root
      [--type Streetlight|WaterObserved|WasteContainer|DeviceMeasurement[,...]]   default: all four
      [--temporal]        temporal query (history) instead of the entities&apos; current values
      [--tenant NAME]     NGSI-LD tenant (NGSILD-Tenant header)
      [--every SECONDS [--count N]]   polls the broker until Ctrl+C (or N polls)
  --csv FILE              CSV file, by default &quot;sensor,time,value[,unit]&quot; with an optional header
      [--delimiter C]     , ; tab or |
      [--sensor-column C] [--time-column C] [--value-column C] [--unit-column C]
                          a header name or a column number (1 = first)
      [--sensor ID]       every row is this sensor (a file &quot;time,value[,unit]&quot;)
      [--unit UNIT]       unit of the values when the file has none

Options:
  --from ISO --to ISO     time range (from included, to excluded), ISO 8601 (2024-05-01T00:00:00Z)
  --timeout SECONDS       HTTP request timeout (default 30)
  --json                  machine-readable result

Each HTTP page (or batch of 10,000 CSV rows) is stored in one transaction. On an error (server
unreachable, HTTP error, malformed page) the import stops, naming the URL and the reason: the pages
before it stay stored, the failing one is not, and running the import again stores only what is
missing. A CSV file is checked whole first: a bad line gives FILE:LINE and the reason, and nothing
is stored.
Exit codes: 0 done, 1 failure (network, HTTP, malformed page, bad CSV line), 2 usage error,
3 the territory or the CSV file cannot be opened.
</translation>
    </message>
    <message>
        <source>%1 pages, %2 observations read: %3 stored, %4 duplicates, %5 unknown sensors registered (unbound), %6 out of range, %7 rejected</source>
        <translation>%1 pages, %2 observations read: %3 stored, %4 duplicates, %5 unknown sensors registered (unbound), %6 out of range, %7 rejected</translation>
    </message>
    <message>
        <source>vigie-cli feeds import: %1</source>
        <translation>vigie-cli feeds import: %1</translation>
    </message>
    <message>
        <source>Run &quot;vigie-cli feeds import --help&quot; for usage.</source>
        <translation>Run &quot;vigie-cli feeds import --help&quot; for usage.</translation>
    </message>
    <message>
        <source>takes 1 argument (TERRITORY), got %1</source>
        <translation>takes 1 argument (TERRITORY), got %1</translation>
    </message>
    <message>
        <source>give one source: --sensorthings URL, --ngsi-ld URL or --csv FILE</source>
        <translation>give one source: --sensorthings URL, --ngsi-ld URL or --csv FILE</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an http(s) URL</source>
        <translation>--%1: &quot;%2&quot; is not an http(s) URL</translation>
    </message>
    <message>
        <source>--%1 only goes with %2</source>
        <translation>--%1 only goes with %2</translation>
    </message>
    <message>
        <source>--delimiter must be , ; | or tab, got &quot;%1&quot;</source>
        <translation>--delimiter must be , ; | or tab, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--sensor and --sensor-column exclude each other</source>
        <translation>--sensor and --sensor-column exclude each other</translation>
    </message>
    <message>
        <source>--to (%1) must come after --from (%2)</source>
        <translation>--to (%1) must come after --from (%2)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0, got &quot;%1&quot;</source>
        <translation>--timeout must be a number of seconds above 0, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--every must be a number of seconds from 1 to 86400, got &quot;%1&quot;</source>
        <translation>--every must be a number of seconds from 1 to 86400, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--count must be a number of polls above 0, with --every</source>
        <translation>--count must be a number of polls above 0, with --every</translation>
    </message>
    <message>
        <source>%1: no such readable file</source>
        <translation>%1: no such readable file</translation>
    </message>
    <message>
        <source>… %1 pages, %2 observations stored (%3)</source>
        <translation>… %1 pages, %2 observations stored (%3)</translation>
    </message>
    <message>
        <source>stored before the error: %1</source>
        <translation>stored before the error: %1</translation>
    </message>
    <message>
        <source>imported %1 into %2: %3</source>
        <translation>imported %1 into %2: %3</translation>
    </message>
    <message>
        <source>%1 polls, %2 failed</source>
        <translation>%1 polls, %2 failed</translation>
    </message>
    <message>
        <source>stores in TERRITORY the history of a SensorThings service (--sensorthings URL), an NGSI-LD broker (--ngsi-ld URL; --every polls it) or a CSV file (--csv FILE); see feeds import --help</source>
        <translation>stores in TERRITORY the history of a SensorThings service (--sensorthings URL), an NGSI-LD broker (--ngsi-ld URL; --every polls it) or a CSV file (--csv FILE); see feeds import --help</translation>
    </message>
    <message>
        <source>cancelled after %1 pages (%2 observations stored; running the import again stores only what is missing)</source>
        <translation>cancelled after %1 pages (%2 observations stored; running the import again stores only what is missing)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>unusable delimiter</source>
        <translation>unusable delimiter</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>unterminated quoted field</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the header (%2)</source>
        <translation>no column &quot;%1&quot; in the header (%2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: not a column number, and the file has no header line</source>
        <translation>column &quot;%1&quot;: not a column number, and the file has no header line</translation>
    </message>
    <message>
        <source>expected at least %1 fields, got %2</source>
        <translation>expected at least %1 fields, got %2</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1: not stored: %2</translation>
    </message>
    <message>
        <source>the end of the time range (%1) must come after its start (%2)</source>
        <translation>the end of the time range (%1) must come after its start (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; is not an http(s) URL</translation>
    </message>
    <message>
        <source>%1: Thing %2 has no Datastream</source>
        <translation>%1: Thing %2 has no Datastream</translation>
    </message>
    <message>
        <source>Usage: vigie-cli ingest TERRITORY --mqtt URL --topic FILTER [--topic FILTER ...] [options]
       vigie-cli ingest TERRITORY --feed CONFIG.json [options]
Receives a live MQTT feed into the territory until interrupted (Ctrl+C, SIGTERM); every
message is journaled next to the territory before it is acknowledged, and everything
received is committed before the command ends. Progress is printed every second on stderr.

Options:
  --mqtt URL          broker: mqtt://HOST:PORT, mqtts://HOST:PORT (TLS), tcp://, ssl://
  --topic FILTER      topic filter, QoS 1 (repeatable; + and # wildcards)
  --client-id ID      client id of the persistent session (default: vigie-TERRITORY NAME)
  --decoder NAME      %1 (default json)
  --feed FILE         feed configuration (JSON); the options above override it
  --user NAME         user name; the password is read from VIGIE_MQTT_PASSWORD or asked
                      without echo (it is never stored)
  --ca FILE           CA certificate(s) of the broker (PEM); TLS 1.2 minimum
  --cert FILE         client certificate (PEM), with --key FILE
  --key FILE          private key of the client certificate
  --insecure          do not verify the broker&apos;s certificate (tests only)
  --max-payload BYTES larger messages are counted and dropped (default 1048576)
  --duration SECONDS  stop by itself after this time
  --no-retention      do not apply the territory&apos;s retention period (raw values kept N
                      days, then 15-minute aggregates: see vigie-cli observations retention);
                      by default it is applied at start and every hour, between commits
  --quiet             no progress lines
  -h, --help          show this help

Exit codes: 0 stopped with everything committed, 1 the broker refused the connection
(credentials, certificate) or the feed failed, 2 usage error, 3 the territory or a file
cannot be read.
</source>
        <translation>Usage: vigie-cli ingest TERRITORY --mqtt URL --topic FILTER [--topic FILTER ...] [options]
       vigie-cli ingest TERRITORY --feed CONFIG.json [options]
Receives a live MQTT feed into the territory until interrupted (Ctrl+C, SIGTERM); every
message is journaled next to the territory before it is acknowledged, and everything
received is committed before the command ends. Progress is printed every second on stderr.

Options:
  --mqtt URL          broker: mqtt://HOST:PORT, mqtts://HOST:PORT (TLS), tcp://, ssl://
  --topic FILTER      topic filter, QoS 1 (repeatable; + and # wildcards)
  --client-id ID      client id of the persistent session (default: vigie-TERRITORY NAME)
  --decoder NAME      %1 (default json)
  --feed FILE         feed configuration (JSON); the options above override it
  --user NAME         user name; the password is read from VIGIE_MQTT_PASSWORD or asked
                      without echo (it is never stored)
  --ca FILE           CA certificate(s) of the broker (PEM); TLS 1.2 minimum
  --cert FILE         client certificate (PEM), with --key FILE
  --key FILE          private key of the client certificate
  --insecure          do not verify the broker&apos;s certificate (tests only)
  --max-payload BYTES larger messages are counted and dropped (default 1048576)
  --duration SECONDS  stop by itself after this time
  --no-retention      do not apply the territory&apos;s retention period (raw values kept N
                      days, then 15-minute aggregates: see vigie-cli observations retention);
                      by default it is applied at start and every hour, between commits
  --quiet             no progress lines
  -h, --help          show this help

Exit codes: 0 stopped with everything committed, 1 the broker refused the connection
(credentials, certificate) or the feed failed, 2 usage error, 3 the territory or a file
cannot be read.
</translation>
    </message>
    <message>
        <source>retention: %1 raw values older than %2 days moved into 15-minute aggregates (%3 passes, longest step %4 ms)</source>
        <translation>retention: %1 raw values older than %2 days moved into 15-minute aggregates (%3 passes, longest step %4 ms)</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: the broker offers no TLS 1.2 or 1.3 protocol and cipher suite in common with Vigie (TLS 1.2 is the minimum), or it refused the client certificate (%2)</source>
        <translation>TLS connection to %1 failed: the broker offers no TLS 1.2 or 1.3 protocol and cipher suite in common with Vigie (TLS 1.2 is the minimum), or it refused the client certificate (%2)</translation>
    </message>
    <message>
        <source>%1: feeds tables migrated from schema %2 to %3</source>
        <translation>%1: feeds tables migrated from schema %2 to %3</translation>
    </message>
    <message>
        <source>%1: cannot read the feeds settings: %2</source>
        <translation>%1: cannot read the feeds settings: %2</translation>
    </message>
    <message>
        <source>%1: table feeds_settings, row %2: &quot;%3&quot; is not a retention period (a whole number of days from 1 to %4)</source>
        <translation>%1: table feeds_settings, row %2: &quot;%3&quot; is not a retention period (a whole number of days from 1 to %4)</translation>
    </message>
    <message>
        <source>the raw retention period must be a whole number of days from 1 to %1 (got %2)</source>
        <translation>the raw retention period must be a whole number of days from 1 to %1 (got %2)</translation>
    </message>
    <message>
        <source>feeds schema %1 opened read-only</source>
        <translation>feeds schema %1 opened read-only</translation>
    </message>
    <message>
        <source>%1: cannot store the retention period: %2</source>
        <translation>%1: cannot store the retention period: %2</translation>
    </message>
</context>
<context>
    <name>vigie::feeds::IngestService</name>
    <message>
        <source>further malformed messages are summarised every 10 s</source>
        <translation>further malformed messages are summarised every 10 s</translation>
    </message>
    <message>
        <source>message on %1 dropped: %2 bytes, more than the %3 bytes accepted</source>
        <translation>message on %1 dropped: %2 bytes, more than the %3 bytes accepted</translation>
    </message>
    <message>
        <source>%1 more malformed messages in the last 10 s</source>
        <translation>%1 more malformed messages in the last 10 s</translation>
    </message>
    <message>
        <source>malformed message on %1 (%2 bytes): %3</source>
        <translation>malformed message on %1 (%2 bytes): %3</translation>
    </message>
    <message>
        <source>stopping with %1 observations left in the journal %2</source>
        <translation>stopping with %1 observations left in the journal %2</translation>
    </message>
    <message>
        <source>%1 unknown sensors registered as unbound sensors</source>
        <translation>%1 unknown sensors registered as unbound sensors</translation>
    </message>
    <message>
        <source>%1 observations stored after %2 failed attempts</source>
        <translation>%1 observations stored after %2 failed attempts</translation>
    </message>
    <message>
        <source>cannot store %1 observations, retrying in %2 ms: %3</source>
        <translation>cannot store %1 observations, retrying in %2 ms: %3</translation>
    </message>
    <message>
        <source>retention not applied: %1</source>
        <translation>retention not applied: %1</translation>
    </message>
    <message>
        <source>retention: %1 raw values older than %2 days moved into 15-minute aggregates</source>
        <translation>retention: %1 raw values older than %2 days moved into 15-minute aggregates</translation>
    </message>
    <message>
        <source>stale alarm rules not evaluated: %1</source>
        <translation>stale alarm rules not evaluated: %1</translation>
    </message>
</context>
<context>
    <name>vigie::hydraulics</name>
    <message>
        <source>%1:%2: column %3: %4</source>
        <translation>%1:%2: column %3: %4</translation>
    </message>
    <message>
        <source>expected &quot;pipe_id, YYYY-MM-DD HH:MM&quot;</source>
        <translation>expected &quot;pipe_id, YYYY-MM-DD HH:MM&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time YYYY-MM-DD HH:MM</source>
        <translation>&quot;%1&quot; is not a time YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>empty pipe id</source>
        <translation>empty pipe id</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>the header needs at least link_id,start_time,end_time</source>
        <translation>the header needs at least link_id,start_time,end_time</translation>
    </message>
    <message>
        <source>missing value (%1 columns expected)</source>
        <translation>missing value (%1 columns expected)</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>the end is before the start</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a diameter in metres</source>
        <translation>&quot;%1&quot; is not a diameter in metres</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: cannot start gzip decompression</source>
        <translation>%1: cannot start gzip decompression</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data (%2)</source>
        <translation>%1: corrupt gzip data (%2)</translation>
    </message>
    <message>
        <source>%1: truncated gzip data</source>
        <translation>%1: truncated gzip data</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>empty file: a header line &quot;Timestamp,&lt;sensor ids&gt;&quot; is expected</source>
        <translation>empty file: a header line &quot;Timestamp,&lt;sensor ids&gt;&quot; is expected</translation>
    </message>
    <message>
        <source>the header has no sensor column after the timestamp</source>
        <translation>the header has no sensor column after the timestamp</translation>
    </message>
    <message>
        <source>column 1 is &quot;%1&quot;, expected &quot;Timestamp&quot;</source>
        <translation>column 1 is &quot;%1&quot;, expected &quot;Timestamp&quot;</translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation>column %1 has no name</translation>
    </message>
    <message>
        <source>column %1: sensor &quot;%2&quot; appears twice</source>
        <translation>column %1: sensor &quot;%2&quot; appears twice</translation>
    </message>
    <message>
        <source>column 2 (%1): missing value (%2 columns expected)</source>
        <translation>column 2 (%1): missing value (%2 columns expected)</translation>
    </message>
    <message>
        <source>column 1 (Timestamp): &quot;%1&quot; is not a time YYYY-MM-DD HH:MM</source>
        <translation>column 1 (Timestamp): &quot;%1&quot; is not a time YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>column 1 (Timestamp): %1 is not after the previous row</source>
        <translation>column 1 (Timestamp): %1 is not after the previous row</translation>
    </message>
    <message>
        <source>column %1 (%2): missing value (%3 columns expected)</source>
        <translation>column %1 (%2): missing value (%3 columns expected)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>more than %1 columns</translation>
    </message>
    <message>
        <source>column %1 (%2): &quot;%3&quot; is not a number</source>
        <translation>column %1 (%2): &quot;%3&quot; is not a number</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>no data rows</translation>
    </message>
    <message>
        <source>water balance: %1 needs a value</source>
        <translation>water balance: %1 needs a value</translation>
    </message>
    <message>
        <source>water balance: --connections needs a number &gt;= 0, not &quot;%1&quot;</source>
        <translation>water balance: --connections needs a number &gt;= 0, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>water balance: unexpected argument &quot;%1&quot;</source>
        <translation>water balance: unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>water balance: --network and --scada are required</source>
        <translation>water balance: --network and --scada are required</translation>
    </message>
    <message>
        <source>%1: inflow %2 m3/day, real losses %3 m3/day, NRW %4 %, UARL %5 m3/day, ILI %6 (mains %7 km, %8 connections, %9 m)</source>
        <translation>%1: inflow %2 m3/day, real losses %3 m3/day, NRW %4 %, UARL %5 m3/day, ILI %6 (mains %7 km, %8 connections, %9 m)</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: cannot write</translation>
    </message>
    <message>
        <source>pipe &quot;%1&quot; is not in the network</source>
        <translation>pipe &quot;%1&quot; is not in the network</translation>
    </message>
    <message>
        <source>water isolate: %1 needs a value</source>
        <translation>water isolate: %1 needs a value</translation>
    </message>
    <message>
        <source>water isolate: unknown option &quot;%1&quot;</source>
        <translation>water isolate: unknown option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>water isolate: unexpected argument &quot;%1&quot;</source>
        <translation>water isolate: unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>water isolate: NET.inp or TERRITORY and --pipe ID are required</source>
        <translation>water isolate: NET.inp or TERRITORY and --pipe ID are required</translation>
    </message>
    <message>
        <source>burst on %1: close %2 valve(s): %3</source>
        <translation>burst on %1: close %2 valve(s): %3</translation>
    </message>
    <message>
        <source>segment: %1 pipe(s); out of service: %2 pipe(s), %3 junction(s), %4 customer node(s), demand %5</source>
        <translation>segment: %1 pipe(s); out of service: %2 pipe(s), %3 junction(s), %4 customer node(s), demand %5</translation>
    </message>
    <message>
        <source>warning: the segment contains a reservoir or tank: it cannot be fully isolated</source>
        <translation>warning: the segment contains a reservoir or tank: it cannot be fully isolated</translation>
    </message>
    <message>
        <source>unknown CRS &quot;%1&quot;</source>
        <translation>unknown CRS &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no coordinate transformation from %1 to %2</source>
        <translation>no coordinate transformation from %1 to %2</translation>
    </message>
    <message>
        <source>the layer has no field &quot;%1&quot; (territory written by an older water plugin?)</source>
        <translation>the layer has no field &quot;%1&quot; (territory written by an older water plugin?)</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: coordinates (%2, %3) cannot be transformed to the territory CRS</source>
        <translation>node &quot;%1&quot;: coordinates (%2, %3) cannot be transformed to the territory CRS</translation>
    </message>
    <message>
        <source>link &quot;%1&quot;: a vertex cannot be transformed to the territory CRS</source>
        <translation>link &quot;%1&quot;: a vertex cannot be transformed to the territory CRS</translation>
    </message>
    <message>
        <source>the water plugin is not installed (searched: %1)</source>
        <translation>the water plugin is not installed (searched: %1)</translation>
    </message>
    <message>
        <source>%1: no such territory file</source>
        <translation>%1: no such territory file</translation>
    </message>
    <message>
        <source>%1: the territory has no layer %2 (water plugin schema %3)</source>
        <translation>%1: the territory has no layer %2 (water plugin schema %3)</translation>
    </message>
    <message>
        <source>%1 already holds %2 water features of network &quot;%3&quot;: nothing imported (use --replace to replace them)</source>
        <translation>%1 already holds %2 water features of network &quot;%3&quot;: nothing imported (use --replace to replace them)</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: cannot start a transaction: %2</translation>
    </message>
    <message>
        <source>%1: layer %2: cannot delete feature %3: %4</source>
        <translation>%1: layer %2: cannot delete feature %3: %4</translation>
    </message>
    <message>
        <source>%1: layer %2, &quot;%3&quot;: %4</source>
        <translation>%1: layer %2, &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>field %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot commit: %2</source>
        <translation>%1: cannot commit: %2</translation>
    </message>
    <message>
        <source>network &quot;%1&quot; imported into %2: %3</source>
        <translation>network &quot;%1&quot; imported into %2: %3</translation>
    </message>
    <message>
        <source>%1: the territory has no water network</source>
        <translation>%1: the territory has no water network</translation>
    </message>
    <message>
        <source>%1 holds several water networks (%2): choose one with --network-name</source>
        <translation>%1 holds several water networks (%2): choose one with --network-name</translation>
    </message>
    <message>
        <source>%1: no water network &quot;%2&quot;</source>
        <translation>%1: no water network &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: network &quot;%2&quot;: stored [OPTIONS]: unknown flow units &quot;%3&quot;</source>
        <translation>%1: network &quot;%2&quot;: stored [OPTIONS]: unknown flow units &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: network &quot;%2&quot;: %3</source>
        <translation>%1: network &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: layer %2: a feature has no node_id</source>
        <translation>%1: layer %2: a feature has no node_id</translation>
    </message>
    <message>
        <source>the node id is used twice</source>
        <translation>the node id is used twice</translation>
    </message>
    <message>
        <source>not a point</source>
        <translation>not a point</translation>
    </message>
    <message>
        <source>cannot be transformed to %1</source>
        <translation>cannot be transformed to %1</translation>
    </message>
    <message>
        <source>%1: layer %2: a feature has no %3</source>
        <translation>%1: layer %2: a feature has no %3</translation>
    </message>
    <message>
        <source>the link id is used twice</source>
        <translation>the link id is used twice</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <source>no junction, reservoir or tank &quot;%1&quot; in network &quot;%2&quot;</source>
        <translation>no junction, reservoir or tank &quot;%1&quot; in network &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not a line</source>
        <translation>not a line</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not open, closed or check valve</source>
        <translation>&quot;%1&quot; is not open, closed or check valve</translation>
    </message>
    <message>
        <source>a pump needs a head curve or a power</source>
        <translation>a pump needs a head curve or a power</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PRV, PSV, PBV, FCV, TCV or GPV</source>
        <translation>&quot;%1&quot; is not PRV, PSV, PBV, FCV, TCV or GPV</translation>
    </message>
    <message>
        <source>usage: vigie-cli water import TERRITORY NET.inp [--network-name NAME] [--crs EPSG:x]
                              [--transform DX,DY[,SCALE[,ROTATION]]] [--replace] [--benchmark]
</source>
        <translation>usage: vigie-cli water import TERRITORY NET.inp [--network-name NAME] [--crs EPSG:x]
                              [--transform DX,DY[,SCALE[,ROTATION]]] [--replace] [--benchmark]
</translation>
    </message>
    <message>
        <source>usage: vigie-cli water export TERRITORY --out NET.inp [--network-name NAME]
</source>
        <translation>usage: vigie-cli water export TERRITORY --out NET.inp [--network-name NAME]
</translation>
    </message>
    <message>
        <source>water %1: %2 needs a value</source>
        <translation>water %1: %2 needs a value</translation>
    </message>
    <message>
        <source>water %1: unknown option &quot;%2&quot;</source>
        <translation>water %1: unknown option &quot;%2&quot;</translation>
    </message>
    <message>
        <source>water import: TERRITORY and NET.inp are required</source>
        <translation>water import: TERRITORY and NET.inp are required</translation>
    </message>
    <message>
        <source>water export: TERRITORY and --out NET.inp are required</source>
        <translation>water export: TERRITORY and --out NET.inp are required</translation>
    </message>
    <message>
        <source>%1 junctions, %2 reservoirs, %3 tanks, %4 pipes, %5 pumps, %6 valves written to %7</source>
        <translation>%1 junctions, %2 reservoirs, %3 tanks, %4 pipes, %5 pumps, %6 valves written to %7</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--network, --scada and --out are required</source>
        <translation>--network, --scada and --out are required</translation>
    </message>
    <message>
        <source>--train-leaks needs --train DIR</source>
        <translation>--train-leaks needs --train DIR</translation>
    </message>
    <message>
        <source>--window needs START-END hours, e.g. 0-24 or 1-5</source>
        <translation>--window needs START-END hours, e.g. 0-24 or 1-5</translation>
    </message>
    <message>
        <source>%1 needs a positive number, not &quot;%2&quot;</source>
        <translation>%1 needs a positive number, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 leaks detected from %2 to %3 (%4 rows) in %5 ms (reading the SCADA files: %6 ms); report in %7</source>
        <translation>%1 leaks detected from %2 to %3 (%4 rows) in %5 ms (reading the SCADA files: %6 ms); report in %7</translation>
    </message>
    <message>
        <source>--leaks, --truth and --network are required</source>
        <translation>--leaks, --truth and --network are required</translation>
    </message>
    <message>
        <source>%1: no leak in the truth file</source>
        <translation>%1: no leak in the truth file</translation>
    </message>
    <message>
        <source>--year needs a year, not &quot;%1&quot;</source>
        <translation>--year needs a year, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a time YYYY-MM-DD HH:MM, not &quot;%2&quot;</source>
        <translation>%1 needs a time YYYY-MM-DD HH:MM, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>score %1 EUR of a perfect %2 EUR (%3 %); true positives %4 of %5, false positives %6, repeats %7, missed %8</source>
        <translation>score %1 EUR of a perfect %2 EUR (%3 %); true positives %4 of %5, false positives %6, repeats %7, missed %8</translation>
    </message>
    <message>
        <source>found as %1 at %2, %3 m away, delay %4 h, %5 EUR</source>
        <translation>found as %1 at %2, %3 m away, delay %4 h, %5 EUR</translation>
    </message>
    <message>
        <source>missed (%1 m3 lost)</source>
        <translation>missed (%1 m3 lost)</translation>
    </message>
    <message>
        <source>false alarm: %1 at %2</source>
        <translation>false alarm: %1 at %2</translation>
    </message>
    <message>
        <source>water: unknown command &quot;%1&quot;</source>
        <translation>water: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: pressure sensor &quot;%2&quot; is not a node of the network</source>
        <translation>%1: pressure sensor &quot;%2&quot; is not a node of the network</translation>
    </message>
    <message>
        <source>%1: flow sensor &quot;%2&quot; is not a link of the network</source>
        <translation>%1: flow sensor &quot;%2&quot; is not a link of the network</translation>
    </message>
    <message>
        <source>%1: level sensor &quot;%2&quot; is not a tank of the network</source>
        <translation>%1: level sensor &quot;%2&quot; is not a tank of the network</translation>
    </message>
    <message>
        <source>%1: no pressure sensor</source>
        <translation>%1: no pressure sensor</translation>
    </message>
    <message>
        <source>sensitivity matrix: the network does not solve: %1</source>
        <translation>sensitivity matrix: the network does not solve: %1</translation>
    </message>
    <message>
        <source>sensitivity matrix: leak at %1 does not solve: %2</source>
        <translation>sensitivity matrix: leak at %1 does not solve: %2</translation>
    </message>
    <message>
        <source>truth: pipe &quot;%1&quot; is not in the network</source>
        <translation>truth: pipe &quot;%1&quot; is not in the network</translation>
    </message>
    <message>
        <source>%1: not a folder of SCADA files</source>
        <translation>%1: not a folder of SCADA files</translation>
    </message>
    <message>
        <source>%1: no %2 file (expected %2.csv, %2.csv.gz or YYYY_SCADA_%2.csv)</source>
        <translation>%1: no %2 file (expected %2.csv, %2.csv.gz or YYYY_SCADA_%2.csv)</translation>
    </message>
    <message>
        <source>%1:%2: column 1 (Timestamp): the rows do not match those of %3 (%4 rows here, %5 there)</source>
        <translation>%1:%2: column 1 (Timestamp): the rows do not match those of %3 (%4 rows here, %5 there)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>%1: layer %2, &quot;%3&quot;, field %4: %5</source>
        <translation>%1: layer %2, &quot;%3&quot;, field %4: %5</translation>
    </message>
    <message>
        <source>--transform needs DX,DY[,SCALE[,ROTATION]] with a positive scale, not &quot;%1&quot;</source>
        <translation>--transform needs DX,DY[,SCALE[,ROTATION]] with a positive scale, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unknown option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>water balance: the period is empty (%1 to %2)</source>
        <translation>water balance: the period is empty (%1 to %2)</translation>
    </message>
    <message>
        <source>%1: no observations stored in this territory</source>
        <translation>%1: no observations stored in this territory</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no flow meter observations bound to the water network</source>
        <translation>%1: no flow meter observations bound to the water network</translation>
    </message>
    <message>
        <source>%1: no flow meter observation from %2 to %3</source>
        <translation>%1: no flow meter observation from %2 to %3</translation>
    </message>
    <message>
        <source>%1 (stored observations)</source>
        <translation>%1 (stored observations)</translation>
    </message>
    <message>
        <source>%1: fewer than 3 time steps with every water sensor from %2 to %3</source>
        <translation>%1: fewer than 3 time steps with every water sensor from %2 to %3</translation>
    </message>
    <message>
        <source>water balance: unexpected argument &quot;%1&quot; (with --territory: --from DATE, --to DATE, --json FILE)</source>
        <translation>water balance: unexpected argument &quot;%1&quot; (with --territory: --from DATE, --to DATE, --json FILE)</translation>
    </message>
    <message>
        <source>water balance: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>water balance: &quot;%1&quot; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1: stored observations from %2 to %3 UTC (%4 time steps, %5 sensors)</source>
        <translation>%1: stored observations from %2 to %3 UTC (%4 time steps, %5 sensors)</translation>
    </message>
    <message>
        <source>%1: inflow %2 m3/day, night flow %3 m3/h, real losses %4 m3/day, NRW %5 %, ILI %6</source>
        <translation>%1: inflow %2 m3/day, night flow %3 m3/h, real losses %4 m3/day, NRW %5 %, ILI %6</translation>
    </message>
    <message>
        <source>%1: inflow %2 m3/day, night flow %3 m3/h; losses, NRW and ILI need customer meter readings</source>
        <translation>%1: inflow %2 m3/day, night flow %3 m3/h; losses, NRW and ILI need customer meter readings</translation>
    </message>
    <message>
        <source>No customer meter readings (AMR) among the stored observations: the authorised consumption is unknown, so losses, non-revenue water and ILI are not computed.</source>
        <translation>No customer meter readings (AMR) among the stored observations: the authorised consumption is unknown, so losses, non-revenue water and ILI are not computed.</translation>
    </message>
    <message>
        <source>Areas with customer meter readings (%1): inflow %2 m3/day, real losses %3 m3/day, NRW %4 %, ILI %5; the other areas have none, so the whole network&apos;s losses are not computed.</source>
        <translation>Areas with customer meter readings (%1): inflow %2 m3/day, real losses %3 m3/day, NRW %4 %, ILI %5; the other areas have none, so the whole network&apos;s losses are not computed.</translation>
    </message>
    <message>
        <source>--localiser needs least-squares or cosine, not &quot;%1&quot;</source>
        <translation>--localiser needs least-squares or cosine, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: no flow meter among the water sensors: the leak detection needs the metered inflows</source>
        <translation>%1: no flow meter among the water sensors: the leak detection needs the metered inflows</translation>
    </message>
    <message>
        <source>%1: the training record has no column &quot;%2&quot; (a live sensor)</source>
        <translation>%1: the training record has no column &quot;%2&quot; (a live sensor)</translation>
    </message>
    <message>
        <source>sensors that appeared after the monitor started are not used: %1</source>
        <translation>sensors that appeared after the monitor started are not used: %1</translation>
    </message>
    <message>
        <source>no value of %1 from %2 to %3: %4 time steps left out</source>
        <translation>no value of %1 from %2 to %3: %4 time steps left out</translation>
    </message>
    <message>
        <source>%1 time steps not after the last one analysed (%2): left out</source>
        <translation>%1 time steps not after the last one analysed (%2): left out</translation>
    </message>
    <message>
        <source>%1 time steps with a value that is not a number, from %2: left out</source>
        <translation>%1 time steps with a value that is not a number, from %2: left out</translation>
    </message>
    <message>
        <source>sensors without any value from %1 to %2: %3</source>
        <translation>sensors without any value from %1 to %2: %3</translation>
    </message>
    <message>
        <source>%1 time steps without a value of every sensor: left out</source>
        <translation>%1 time steps without a value of every sensor: left out</translation>
    </message>
    <message>
        <source>Leak detection</source>
        <translation>Leak detection</translation>
    </message>
    <message>
        <source>already running when the data begin (%1)</source>
        <translation>already running when the data begin (%1)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Leak of %1 m³/h in area %2, %3; candidate pipes: %4</source>
        <translation>Leak of %1 m³/h in area %2, %3; candidate pipes: %4</translation>
    </message>
    <message>
        <source>       vigie-cli water watch TERRITORY [--network NET.inp] [--from TIME] [--to TIME] [--step MINUTES]
                             [--train DIR [--train-leaks leaks.csv]] [--warm-up DAYS] [--no-alarms] [--json FILE]
</source>
        <translation>       vigie-cli water watch TERRITORY [--network NET.inp] [--from TIME] [--to TIME] [--step MINUTES]
                             [--train DIR [--train-leaks leaks.csv]] [--warm-up DAYS] [--no-alarms] [--json FILE]
</translation>
    </message>
    <message>
        <source>the territory is required</source>
        <translation>the territory is required</translation>
    </message>
    <message>
        <source>--from and --to need a time such as &quot;2018-01-22 00:00&quot;</source>
        <translation>--from and --to need a time such as &quot;2018-01-22 00:00&quot;</translation>
    </message>
    <message>
        <source>--step needs a number of minutes from 5 to 1440, not &quot;%1&quot;</source>
        <translation>--step needs a number of minutes from 5 to 1440, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--warm-up needs a number of days from 3 to 365, not &quot;%1&quot;</source>
        <translation>--warm-up needs a number of days from 3 to 365, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: no such territory</source>
        <translation>%1: no such territory</translation>
    </message>
    <message>
        <source>%1: no water sensor observation stored</source>
        <translation>%1: no water sensor observation stored</translation>
    </message>
    <message>
        <source>the period is empty (%1 to %2)</source>
        <translation>the period is empty (%1 to %2)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>%1: leak on %2 (area %3, %4 m³/h, since %5); candidates %6%7</source>
        <translation>%1: leak on %2 (area %3, %4 m³/h, since %5); candidates %6%7</translation>
    </message>
    <message>
        <source>; alarm %1 raised</source>
        <translation>; alarm %1 raised</translation>
    </message>
    <message>
        <source>%1 updates of %2 min from %3 to %4: %5 leaks reported, %6 alarms raised; %7 days analysed; per update %8 ms mean, %9 ms max (set-up %10 ms)</source>
        <translation>%1 updates of %2 min from %3 to %4: %5 leaks reported, %6 alarms raised; %7 days analysed; per update %8 ms mean, %9 ms max (set-up %10 ms)</translation>
    </message>
    <message>
        <source>       vigie-cli water detect --network NET.inp --scada DIR [--train DIR [--train-leaks leaks.csv]]
                              --out leaks.csv [--json report.json] [--window 0-24] [--threshold 6] [--min-leak 1.5]
                              [--localiser least-squares|cosine] [--report-delay DAYS] [--defer-days DAYS]
       vigie-cli water score --leaks detected.csv --truth truth.csv --network NET.inp [--leakages Leakages.csv]
                             [--year YYYY | --from TIME --to TIME] [--json score.json]
       vigie-cli water balance --network NET.inp --scada DIR [--train DIR [--train-leaks leaks.csv]]
                               [--connections N] [--json balance.json]
       vigie-cli water isolate NET.inp|TERRITORY --pipe ID [--valves-on-pipes] [--json FILE] [--out FILE.geojson]
       vigie-cli water import TERRITORY NET.inp [--network-name NAME] [--crs EPSG:x]
                              [--transform DX,DY[,SCALE[,ROTATION]]] [--replace] [--benchmark]
       vigie-cli water export TERRITORY --out NET.inp [--network-name NAME]
</source>
        <translation>       vigie-cli water detect --network NET.inp --scada DIR [--train DIR [--train-leaks leaks.csv]]
                              --out leaks.csv [--json report.json] [--window 0-24] [--threshold 6] [--min-leak 1.5]
                              [--localiser least-squares|cosine] [--report-delay DAYS] [--defer-days DAYS]
       vigie-cli water score --leaks detected.csv --truth truth.csv --network NET.inp [--leakages Leakages.csv]
                             [--year YYYY | --from TIME --to TIME] [--json score.json]
       vigie-cli water balance --network NET.inp --scada DIR [--train DIR [--train-leaks leaks.csv]]
                               [--connections N] [--json balance.json]
       vigie-cli water isolate NET.inp|TERRITORY --pipe ID [--valves-on-pipes] [--json FILE] [--out FILE.geojson]
       vigie-cli water import TERRITORY NET.inp [--network-name NAME] [--crs EPSG:x]
                              [--transform DX,DY[,SCALE[,ROTATION]]] [--replace] [--benchmark]
       vigie-cli water export TERRITORY --out NET.inp [--network-name NAME]
</translation>
    </message>
    <message>
        <source>%1 needs a number of days from 0 to %2, not &quot;%3&quot;</source>
        <translation>%1 needs a number of days from 0 to %2, not &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>vigie::lighting</name>
    <message>
        <source>motorised only</source>
        <translation>motorised only</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixed</translation>
    </message>
    <message>
        <source>mixed, many pedestrians and cyclists</source>
        <translation>mixed, many pedestrians and cyclists</translation>
    </message>
    <message>
        <source>pedestrians only</source>
        <translation>pedestrians only</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>expressway</source>
        <translation>expressway</translation>
    </message>
    <message>
        <source>distributor road</source>
        <translation>distributor road</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>roundabout or junction</source>
        <translation>roundabout or junction</translation>
    </message>
    <message>
        <source>residential access road</source>
        <translation>residential access road</translation>
    </message>
    <message>
        <source>pedestrian area</source>
        <translation>pedestrian area</translation>
    </message>
    <message>
        <source>speed %1 km/h</source>
        <translation>speed %1 km/h</translation>
    </message>
    <message>
        <source>use %1 veh/h</source>
        <translation>use %1 veh/h</translation>
    </message>
    <message>
        <source>traffic %1 veh/h</source>
        <translation>traffic %1 veh/h</translation>
    </message>
    <message>
        <source>composition</source>
        <translation>composition</translation>
    </message>
    <message>
        <source>carriageways</source>
        <translation>carriageways</translation>
    </message>
    <message>
        <source>separated</source>
        <translation>separated</translation>
    </message>
    <message>
        <source>not separated</source>
        <translation>not separated</translation>
    </message>
    <message>
        <source>junctions</source>
        <translation>junctions</translation>
    </message>
    <message>
        <source>many</source>
        <translation>many</translation>
    </message>
    <message>
        <source>parked vehicles</source>
        <translation>parked vehicles</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>ambient luminosity</source>
        <translation>ambient luminosity</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>navigation</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>easy</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>difficult</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>very difficult</translation>
    </message>
    <message>
        <source>%1: 6 − ΣV = 6 − %2 = %3 (%4)</source>
        <translation>%1: 6 − ΣV = 6 − %2 = %3 (%4)</translation>
    </message>
    <message>
        <source>%1: no such territory file</source>
        <translation>%1: no such territory file</translation>
    </message>
    <message>
        <source>%1: cannot open as a territory GeoPackage: %2</source>
        <translation>%1: cannot open as a territory GeoPackage: %2</translation>
    </message>
    <message>
        <source>%1: the territory has no lighting_luminaires layer (is the lighting plugin enabled?)</source>
        <translation>%1: the territory has no lighting_luminaires layer (is the lighting plugin enabled?)</translation>
    </message>
    <message>
        <source>territory_streets feature %1 (street %2): field lighting_class: unknown EN 13201 class &quot;%3&quot; (expected M1-M6, C0-C5 or P1-P6)</source>
        <translation>territory_streets feature %1 (street %2): field lighting_class: unknown EN 13201 class &quot;%3&quot; (expected M1-M6, C0-C5 or P1-P6)</translation>
    </message>
    <message>
        <source>%1: layer lighting_luminaires has no field technology</source>
        <translation>%1: layer lighting_luminaires has no field technology</translation>
    </message>
    <message>
        <source>%1: layer lighting_luminaires has no field power_w</source>
        <translation>%1: layer lighting_luminaires has no field power_w</translation>
    </message>
    <message>
        <source>lighting_luminaires feature %1 (luminaire %2)</source>
        <translation>lighting_luminaires feature %1 (luminaire %2)</translation>
    </message>
    <message>
        <source>%1: no point geometry</source>
        <translation>%1: no point geometry</translation>
    </message>
    <message>
        <source>%1: field technology: missing lamp technology</source>
        <translation>%1: field technology: missing lamp technology</translation>
    </message>
    <message>
        <source>%1: field technology: unknown technology &quot;%2&quot; (expected HPS, MH, mercury, fluorescent or LED)</source>
        <translation>%1: field technology: unknown technology &quot;%2&quot; (expected HPS, MH, mercury, fluorescent or LED)</translation>
    </message>
    <message>
        <source>%1: field power_w: missing lamp power</source>
        <translation>%1: field power_w: missing lamp power</translation>
    </message>
    <message>
        <source>%1: field power_w: lamp power must be positive, not %2 W</source>
        <translation>%1: field power_w: lamp power must be positive, not %2 W</translation>
    </message>
    <message>
        <source>%1: field driver_loss_w: negative loss %2 W</source>
        <translation>%1: field driver_loss_w: negative loss %2 W</translation>
    </message>
    <message>
        <source>%1: field control: unknown control &quot;%2&quot; (expected none, DALI or 1-10V)</source>
        <translation>%1: field control: unknown control &quot;%2&quot; (expected none, DALI or 1-10V)</translation>
    </message>
    <message>
        <source>%1: the lighting inventory has errors, nothing was computed:</source>
        <translation>%1: the lighting inventory has errors, nothing was computed:</translation>
    </message>
    <message>
        <source>(first %1 errors only)</source>
        <translation>(first %1 errors only)</translation>
    </message>
    <message>
        <source>Usage:
  vigie-cli lighting optimise TERRITORY [--budget EUR_PER_YEAR] [--years N]
                              [--switch-off HH:MM-HH:MM] [--unit cabinet|luminaire]
                              [--compliance FILE.csv] [--json]
  vigie-cli lighting classes TERRITORY [--json]
  vigie-cli lighting maintenance TERRITORY [--telemetry FILE.csv] [--json]

optimise: adaptive dimming per street and time band (EN 13201 class allowed by the
  band&apos;s traffic, LP) and the LED retrofit plan under a yearly budget (MILP, NPV of
  savings with CEE subsidies); energy, cost and CO2 before and after, compliance.
  --budget      gross investment per year in euros (default 1000000; 0: no retrofit)
  --years       plan length in years (default 6, one municipal mandate)
  --switch-off  switch-off window for pedestrian and residential streets (P classes)
  --unit        convert whole cabinets (default) or single luminaires
  --compliance  write the compliance table (street x band) to a CSV file
classes: the EN 13201 class of every lit street, with the explanation of the choice.
maintenance: failed lamps, lamps burning by day, drifting lamps and group re-lamping,
  from the territory&apos;s feeds_observations table or a telemetry CSV file.

Exit codes: 0 ok, 1 optimisation failed (e.g. infeasible budget), 2 usage error,
3 unreadable territory or invalid inventory.
</source>
        <translation>Usage:
  vigie-cli lighting optimise TERRITORY [--budget EUR_PER_YEAR] [--years N]
                              [--switch-off HH:MM-HH:MM] [--unit cabinet|luminaire]
                              [--compliance FILE.csv] [--json]
  vigie-cli lighting classes TERRITORY [--json]
  vigie-cli lighting maintenance TERRITORY [--telemetry FILE.csv] [--json]

optimise: adaptive dimming per street and time band (EN 13201 class allowed by the
  band&apos;s traffic, LP) and the LED retrofit plan under a yearly budget (MILP, NPV of
  savings with CEE subsidies); energy, cost and CO2 before and after, compliance.
  --budget      gross investment per year in euros (default 1000000; 0: no retrofit)
  --years       plan length in years (default 6, one municipal mandate)
  --switch-off  switch-off window for pedestrian and residential streets (P classes)
  --unit        convert whole cabinets (default) or single luminaires
  --compliance  write the compliance table (street x band) to a CSV file
classes: the EN 13201 class of every lit street, with the explanation of the choice.
maintenance: failed lamps, lamps burning by day, drifting lamps and group re-lamping,
  from the territory&apos;s feeds_observations table or a telemetry CSV file.

Exit codes: 0 ok, 1 optimisation failed (e.g. infeasible budget), 2 usage error,
3 unreadable territory or invalid inventory.
</translation>
    </message>
    <message>
        <source>lighting %1: unknown option &quot;%2&quot;</source>
        <translation>lighting %1: unknown option &quot;%2&quot;</translation>
    </message>
    <message>
        <source>lighting %1: %2 needs a value</source>
        <translation>lighting %1: %2 needs a value</translation>
    </message>
    <message>
        <source>lighting optimise: --budget needs an amount of euros per year &gt;= 0, not &quot;%1&quot;</source>
        <translation>lighting optimise: --budget needs an amount of euros per year &gt;= 0, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lighting optimise: --years needs a number of years from 1 to 50, not &quot;%1&quot;</source>
        <translation>lighting optimise: --years needs a number of years from 1 to 50, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lighting optimise: --switch-off needs a window HH:MM-HH:MM such as 01:00-05:00, not &quot;%1&quot;</source>
        <translation>lighting optimise: --switch-off needs a window HH:MM-HH:MM such as 01:00-05:00, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lighting optimise: --unit is cabinet or luminaire, not &quot;%1&quot;</source>
        <translation>lighting optimise: --unit is cabinet or luminaire, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lighting %1: one territory only (&quot;%2&quot; is extra)</source>
        <translation>lighting %1: one territory only (&quot;%2&quot; is extra)</translation>
    </message>
    <message>
        <source>lighting %1: the territory file is missing</source>
        <translation>lighting %1: the territory file is missing</translation>
    </message>
    <message>
        <source>lighting optimise: %1</source>
        <translation>lighting optimise: %1</translation>
    </message>
    <message>
        <source>lighting optimise: cannot write %1: %2</source>
        <translation>lighting optimise: cannot write %1: %2</translation>
    </message>
    <message>
        <source>Territory %1: %2 luminaires, %3 lit streets (%4 luminaires linked by street id, %5 by distance, %6 unlinked)</source>
        <translation>Territory %1: %2 luminaires, %3 lit streets (%4 luminaires linked by street id, %5 by distance, %6 unlinked)</translation>
    </message>
    <message>
        <source>Lit hours per year: %1 (sunset to sunrise, %2 bands)</source>
        <translation>Lit hours per year: %1 (sunset to sunrise, %2 bands)</translation>
    </message>
    <message>
        <source>                    kWh/year      EUR/year   t CO2/year</source>
        <translation>                    kWh/year      EUR/year   t CO2/year</translation>
    </message>
    <message>
        <source>today, full power</source>
        <translation>today, full power</translation>
    </message>
    <message>
        <source>dimming only</source>
        <translation>dimming only</translation>
    </message>
    <message>
        <source>after the plan</source>
        <translation>after the plan</translation>
    </message>
    <message>
        <source>Energy saved: %1 %; compliance: %2 % of %3 street-band cells</source>
        <translation>Energy saved: %1 %; compliance: %2 % of %3 street-band cells</translation>
    </message>
    <message>
        <source>Retrofit plan: investment %1 EUR, CEE %2 EUR, payback %3 years, NPV %4 EUR, gap to the LP bound %5 %</source>
        <translation>Retrofit plan: investment %1 EUR, CEE %2 EUR, payback %3 years, NPV %4 EUR, gap to the LP bound %5 %</translation>
    </message>
    <message>
        <source>Time: %1 s (loading %2 s)</source>
        <translation>Time: %1 s (loading %2 s)</translation>
    </message>
    <message>
        <source>%1 telemetry samples of %2 luminaires (%3 unknown lamp ids)</source>
        <translation>%1 telemetry samples of %2 luminaires (%3 unknown lamp ids)</translation>
    </message>
    <message>
        <source>No telemetry: connect the luminaire controllers (feeds) or pass --telemetry FILE.csv.</source>
        <translation>No telemetry: connect the luminaire controllers (feeds) or pass --telemetry FILE.csv.</translation>
    </message>
    <message>
        <source>group re-lamping %1: %2</source>
        <translation>group re-lamping %1: %2</translation>
    </message>
    <message>
        <source>street lighting: EN 13201 classes, dimming and LED retrofit optimisation, maintenance</source>
        <translation>street lighting: EN 13201 classes, dimming and LED retrofit optimisation, maintenance</translation>
    </message>
    <message>
        <source>lighting: unknown subcommand &quot;%1&quot;</source>
        <translation>lighting: unknown subcommand &quot;%1&quot;</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>burning by day</source>
        <translation>burning by day</translation>
    </message>
    <message>
        <source>drifting</source>
        <translation>drifting</translation>
    </message>
    <message>
        <source>end of life</source>
        <translation>end of life</translation>
    </message>
    <message>
        <source>the controller reports a lamp or driver failure</source>
        <translation>the controller reports a lamp or driver failure</translation>
    </message>
    <message>
        <source>dark at night in the last %1 samples</source>
        <translation>dark at night in the last %1 samples</translation>
    </message>
    <message>
        <source>lit by day in %1 samples (photocell or clock fault)</source>
        <translation>lit by day in %1 samples (photocell or clock fault)</translation>
    </message>
    <message>
        <source>power %1 % of rated, %2 % over %3 days; a %4 % deviation expected in %5 days</source>
        <translation>power %1 % of rated, %2 % over %3 days; a %4 % deviation expected in %5 days</translation>
    </message>
    <message>
        <source>%1 burning hours, %2 % of the rated life of a %3 lamp</source>
        <translation>%1 burning hours, %2 % of the rated life of a %3 lamp</translation>
    </message>
    <message>
        <source>%1 of %2 lamps past %3 % of their rated life (mean %4 %): re-lamp the cabinet in one visit</source>
        <translation>%1 of %2 lamps past %3 % of their rated life (mean %4 %): re-lamp the cabinet in one visit</translation>
    </message>
    <message>
        <source>%1: cannot open as a territory GeoPackage</source>
        <translation>%1: cannot open as a territory GeoPackage</translation>
    </message>
    <message>
        <source>%1: table feeds_observations lacks the columns sensor, t or value</source>
        <translation>%1: table feeds_observations lacks the columns sensor, t or value</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: line 1: the header must be %2</source>
        <translation>%1: line 1: the header must be %2</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: line %2, column %3: %4</translation>
    </message>
    <message>
        <source>%1 cells instead of %2</source>
        <translation>%1 cells instead of %2</translation>
    </message>
    <message>
        <source>empty lamp id</source>
        <translation>empty lamp id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>&quot;%1&quot; is not an ISO 8601 time</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number &gt;= 0</source>
        <translation>&quot;%1&quot; is not a number &gt;= 0</translation>
    </message>
    <message>
        <source>dimming LP of street %1 in band %2 not solved</source>
        <translation>dimming LP of street %1 in band %2 not solved</translation>
    </message>
    <message>
        <source>%1 %2, %3 km/h, %4 veh/day (%5), busiest lit band %6: %7</source>
        <translation>%1 %2, %3 km/h, %4 veh/day (%5), busiest lit band %6: %7</translation>
    </message>
    <message>
        <source>measured count</source>
        <translation>measured count</translation>
    </message>
    <message>
        <source>default for a %1</source>
        <translation>default for a %1</translation>
    </message>
    <message>
        <source>%1: set by the user (field lighting_class); selection would give %2</source>
        <translation>%1: set by the user (field lighting_class); selection would give %2</translation>
    </message>
    <message>
        <source>the yearly budget must be a positive amount of euros, not %1</source>
        <translation>the yearly budget must be a positive amount of euros, not %1</translation>
    </message>
    <message>
        <source>the plan must last 1 to 50 years, not %1</source>
        <translation>the plan must last 1 to 50 years, not %1</translation>
    </message>
    <message>
        <source>invalid retrofit parameters (LED efficacy, costs, subsidies or discount rate)</source>
        <translation>invalid retrofit parameters (LED efficacy, costs, subsidies or discount rate)</translation>
    </message>
    <message>
        <source>tariffs and the CO₂ factor must not be negative</source>
        <translation>tariffs and the CO₂ factor must not be negative</translation>
    </message>
    <message>
        <source>the inventory has no luminaire</source>
        <translation>the inventory has no luminaire</translation>
    </message>
    <message>
        <source>street %1</source>
        <translation>street %1</translation>
    </message>
    <message>
        <source>infeasible budget: %1 € per year cannot convert even the cheapest %2 (%3 €, %4)</source>
        <translation>infeasible budget: %1 € per year cannot convert even the cheapest %2 (%3 €, %4)</translation>
    </message>
    <message>
        <source>cabinet</source>
        <translation>cabinet</translation>
    </message>
    <message>
        <source>luminaire</source>
        <translation>luminaire</translation>
    </message>
    <message>
        <source>the LP relaxation of the retrofit plan was not solved</source>
        <translation>the LP relaxation of the retrofit plan was not solved</translation>
    </message>
    <message>
        <source>the retrofit MILP found no plan (GLPK code %1, status %2)</source>
        <translation>the retrofit MILP found no plan (GLPK code %1, status %2)</translation>
    </message>
    <message>
        <source>internal error: the dimming of today&apos;s luminaires breaks the class of street %1 in band %2 (%3 &lt; %4 or uniformity %5)</source>
        <translation>internal error: the dimming of today&apos;s luminaires breaks the class of street %1 in band %2 (%3 &lt; %4 or uniformity %5)</translation>
    </message>
    <message>
        <source>very high</source>
        <comment>speed</comment>
        <translation>very high</translation>
    </message>
    <message>
        <source>high</source>
        <comment>speed</comment>
        <translation>high</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>speed</comment>
        <translation>moderate</translation>
    </message>
    <message>
        <source>low</source>
        <comment>speed</comment>
        <translation>low</translation>
    </message>
    <message>
        <source>low (vehicles)</source>
        <comment>speed</comment>
        <translation>low (vehicles)</translation>
    </message>
    <message>
        <source>walking</source>
        <comment>speed</comment>
        <translation>walking</translation>
    </message>
    <message>
        <source>very high</source>
        <comment>traffic</comment>
        <translation>very high</translation>
    </message>
    <message>
        <source>high</source>
        <comment>traffic</comment>
        <translation>high</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>traffic</comment>
        <translation>moderate</translation>
    </message>
    <message>
        <source>low</source>
        <comment>traffic</comment>
        <translation>low</translation>
    </message>
    <message>
        <source>very low</source>
        <comment>traffic</comment>
        <translation>very low</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>intensity of use</comment>
        <translation>busy</translation>
    </message>
    <message>
        <source>normal</source>
        <comment>intensity of use</comment>
        <translation>normal</translation>
    </message>
    <message>
        <source>quiet</source>
        <comment>intensity of use</comment>
        <translation>quiet</translation>
    </message>
    <message>
        <source>  %1: %2 units, %3 luminaires (%4 to date), %5 EUR, saves %6 kWh/year (%7 EUR/year saved to date)</source>
        <translation>  %1: %2 units, %3 luminaires (%4 to date), %5 EUR, saves %6 kWh/year (%7 EUR/year saved to date)</translation>
    </message>
    <message>
        <source>optimisation cancelled</source>
        <translation>optimisation cancelled</translation>
    </message>
    <message>
        <source>lighting classes</source>
        <translation>lighting classes</translation>
    </message>
    <message>
        <source>dimming of today&apos;s luminaires</source>
        <translation>dimming of today&apos;s luminaires</translation>
    </message>
    <message>
        <source>dimming of an all-LED inventory</source>
        <translation>dimming of an all-LED inventory</translation>
    </message>
    <message>
        <source>retrofit plan (GLPK)</source>
        <translation>retrofit plan (GLPK)</translation>
    </message>
    <message>
        <source>dimming after the plan</source>
        <translation>dimming after the plan</translation>
    </message>
</context>
<context>
    <name>vigie::lightingcharts</name>
    <message>
        <source>Power over the night (kW)</source>
        <translation>Power over the night (kW)</translation>
    </message>
    <message>
        <source>Today, full power</source>
        <translation>Today, full power</translation>
    </message>
    <message>
        <source>After the plan, dimmed</source>
        <translation>After the plan, dimmed</translation>
    </message>
    <message>
        <source>After the plan (not optimised yet)</source>
        <translation>After the plan (not optimised yet)</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Savings per year (€)</source>
        <translation>Savings per year (€)</translation>
    </message>
    <message>
        <source>Adaptive dimming</source>
        <translation>Adaptive dimming</translation>
    </message>
    <message>
        <source>LED retrofit so far</source>
        <translation>LED retrofit so far</translation>
    </message>
    <message>
        <source>€ per year</source>
        <translation>€ per year</translation>
    </message>
    <message>
        <source>Investment vs cumulative savings (k€)</source>
        <translation>Investment vs cumulative savings (k€)</translation>
    </message>
    <message>
        <source>Net investment (after CEE)</source>
        <translation>Net investment (after CEE)</translation>
    </message>
    <message>
        <source>Cumulative savings</source>
        <translation>Cumulative savings</translation>
    </message>
    <message>
        <source>k€</source>
        <translation>k€</translation>
    </message>
    <message>
        <source>%1: class and dimming level by band</source>
        <translation>%1: class and dimming level by band</translation>
    </message>
    <message>
        <source>Select a street</source>
        <translation>Select a street</translation>
    </message>
    <message>
        <source>Proposed level (%)</source>
        <translation>Proposed level (%)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>band start and class required</source>
        <translation>band start and class required</translation>
    </message>
    <message>
        <source>level (%)</source>
        <translation>level (%)</translation>
    </message>
</context>
<context>
    <name>vigie::review</name>
    <message>
        <source>%1: %2 pages (%3 slides), written in %4 s</source>
        <translation>%1: %2 pages (%3 slides), written in %4 s</translation>
    </message>
    <message>
        <source>%1: %2 PNG images, written in %3 s</source>
        <translation>%1: %2 PNG images, written in %3 s</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Data as of %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Appendix — %1</source>
        <translation>Appendix — %1</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(continued)</translation>
    </message>
    <message>
        <source>Map not available: the territory layers are not loaded</source>
        <translation>Map not available: the territory layers are not loaded</translation>
    </message>
    <message>
        <source>bookmark “%1” not found: whole territory shown</source>
        <translation>bookmark “%1” not found: whole territory shown</translation>
    </message>
    <message>
        <source>… %1 more rows in the appendix</source>
        <translation>… %1 more rows in the appendix</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Missing slide</source>
        <translation>Missing slide</translation>
    </message>
    <message>
        <source>page %1 does not exist: the deck has %2 pages</source>
        <translation>page %1 does not exist: the deck has %2 pages</translation>
    </message>
    <message>
        <source>invalid image size %1x%2</source>
        <translation>invalid image size %1x%2</translation>
    </message>
    <message>
        <source>page %1 could not be drawn</source>
        <translation>page %1 could not be drawn</translation>
    </message>
    <message>
        <source>the deck has no slide: nothing written to %1</source>
        <translation>the deck has no slide: nothing written to %1</translation>
    </message>
    <message>
        <source>export cancelled: nothing written to %1</source>
        <translation>export cancelled: nothing written to %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot start the PDF %1</source>
        <translation>cannot start the PDF %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>agenda: field &quot;name&quot; is missing or not a non-empty string</source>
        <translation>agenda: field &quot;name&quot; is missing or not a non-empty string</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: field &quot;title&quot; is not a string</source>
        <translation>agenda &quot;%1&quot;: field &quot;title&quot; is not a string</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: field &quot;items&quot; is missing or not an array</source>
        <translation>agenda &quot;%1&quot;: field &quot;items&quot; is missing or not an array</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: items[%2]: field &quot;slide&quot; is missing or not a string</source>
        <translation>agenda &quot;%1&quot;: items[%2]: field &quot;slide&quot; is missing or not a string</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: items[%2]: field &quot;title&quot; is not a string</source>
        <translation>agenda &quot;%1&quot;: items[%2]: field &quot;title&quot; is not a string</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: items[%2] is neither a slide id nor an object</source>
        <translation>agenda &quot;%1&quot;: items[%2] is neither a slide id nor an object</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: items[%2]: empty slide id</source>
        <translation>agenda &quot;%1&quot;: items[%2]: empty slide id</translation>
    </message>
    <message>
        <source>%1: no such territory file</source>
        <translation>%1: no such territory file</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: not a Vigie territory (no vigie_schema table)</source>
        <translation>%1: not a Vigie territory (no vigie_schema table)</translation>
    </message>
    <message>
        <source>%1: SQL failed (%2): %3</source>
        <translation>%1: SQL failed (%2): %3</translation>
    </message>
    <message>
        <source>%1: the agendas were written by a newer Vigie (component %2 schema %3, this version supports %4)</source>
        <translation>%1: the agendas were written by a newer Vigie (component %2 schema %3, this version supports %4)</translation>
    </message>
    <message>
        <source>%1: table review_agendas, agenda &quot;%2&quot;: invalid JSON (%3)</source>
        <translation>%1: table review_agendas, agenda &quot;%2&quot;: invalid JSON (%3)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>%1: table review_agendas, agenda &quot;%2&quot;: %3</source>
        <translation>%1: table review_agendas, agenda &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: no agenda &quot;%2&quot; (available: %3)</source>
        <translation>%1: no agenda &quot;%2&quot; (available: %3)</translation>
    </message>
    <message>
        <source>%1: agenda not saved: %2</source>
        <translation>%1: agenda not saved: %2</translation>
    </message>
    <message>
        <source>%1: agenda &quot;%2&quot; not saved: it has no slide</source>
        <translation>%1: agenda &quot;%2&quot; not saved: it has no slide</translation>
    </message>
    <message>
        <source>migration of %1 to schema %2 failed: %3</source>
        <translation>migration of %1 to schema %2 failed: %3</translation>
    </message>
    <message>
        <source>%1: no saved agenda &quot;%2&quot; to remove</source>
        <translation>%1: no saved agenda &quot;%2&quot; to remove</translation>
    </message>
    <message>
        <source>Energy saved by street lighting</source>
        <translation>Energy saved by street lighting</translation>
    </message>
    <message>
        <source>Money saved by street lighting</source>
        <translation>Money saved by street lighting</translation>
    </message>
    <message>
        <source>Water losses</source>
        <translation>Water losses</translation>
    </message>
    <message>
        <source>Non-revenue water</source>
        <translation>Non-revenue water</translation>
    </message>
    <message>
        <source>%1: cannot open the territory</source>
        <translation>%1: cannot open the territory</translation>
    </message>
    <message>
        <source>deck build cancelled</source>
        <translation>deck build cancelled</translation>
    </message>
    <message>
        <source>Usage: vigie-cli report TERRITORY [--agenda NAME] [--lang fr|en] [--date YYYY-MM-DD]
                        [--json FILE|-] [--out DECK.pdf] [--png DIR] [--plugins DIR]
The review deck of a territory for a council or committee meeting: the slides of the agenda
(saved with the territory, or a default one) with their figures, each computed by the same code
as the matching vigie-cli command.

Options:
  --agenda NAME   agenda to build (default: council; also committee-lighting, committee-water,
                  committee-feeds, committee-roadmap, committee-budget and the agendas saved in the territory)
  --lang L        deck language: fr (default) or en
  --date D        review date YYYY-MM-DD (default: today): figures are as of that date
  --json FILE     writes the deck&apos;s slides and figures as JSON (&quot;-&quot;: standard output)
  --out FILE.pdf  writes the deck as PDF (needs the QGIS build)
  --png DIR       writes one PNG image per slide into DIR (needs the QGIS build)
  --plugins DIR   also loads the domain plugins of DIR
  -h, --help      shows this help

Exit codes: 0 done, 1 failure, 2 usage error (unknown agenda), 3 the territory cannot be read.
</source>
        <translation>Usage: vigie-cli report TERRITORY [--agenda NAME] [--lang fr|en] [--date YYYY-MM-DD]
                        [--json FILE|-] [--out DECK.pdf] [--png DIR] [--plugins DIR]
The review deck of a territory for a council or committee meeting: the slides of the agenda
(saved with the territory, or a default one) with their figures, each computed by the same code
as the matching vigie-cli command.

Options:
  --agenda NAME   agenda to build (default: council; also committee-lighting, committee-water,
                  committee-feeds, committee-roadmap, committee-budget and the agendas saved in the territory)
  --lang L        deck language: fr (default) or en
  --date D        review date YYYY-MM-DD (default: today): figures are as of that date
  --json FILE     writes the deck&apos;s slides and figures as JSON (&quot;-&quot;: standard output)
  --out FILE.pdf  writes the deck as PDF (needs the QGIS build)
  --png DIR       writes one PNG image per slide into DIR (needs the QGIS build)
  --plugins DIR   also loads the domain plugins of DIR
  -h, --help      shows this help

Exit codes: 0 done, 1 failure, 2 usage error (unknown agenda), 3 the territory cannot be read.
</translation>
    </message>
    <message>
        <source>report: %1 needs a value</source>
        <translation>report: %1 needs a value</translation>
    </message>
    <message>
        <source>report: --lang: %1</source>
        <translation>report: --lang: %1</translation>
    </message>
    <message>
        <source>report: --date needs a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>report: --date needs a date YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report: --plugins: folder %1 does not exist</source>
        <translation>report: --plugins: folder %1 does not exist</translation>
    </message>
    <message>
        <source>report: unknown option &quot;%1&quot;</source>
        <translation>report: unknown option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report: missing TERRITORY</source>
        <translation>report: missing TERRITORY</translation>
    </message>
    <message>
        <source>report: unexpected argument &quot;%1&quot;</source>
        <translation>report: unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report: nothing to write: give --json FILE|-, --out DECK.pdf or --png DIR</source>
        <translation>report: nothing to write: give --json FILE|-, --out DECK.pdf or --png DIR</translation>
    </message>
    <message>
        <source>report: --json must not be the territory</source>
        <translation>report: --json must not be the territory</translation>
    </message>
    <message>
        <source>report: %1: no such territory file</source>
        <translation>report: %1: no such territory file</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>the deck has no slide</source>
        <translation>the deck has no slide</translation>
    </message>
    <message>
        <source>report: cannot write %1: %2</source>
        <translation>report: cannot write %1: %2</translation>
    </message>
    <message>
        <source>Review deck of a territory for a council or committee meeting: figures as JSON, PDF, PNG.</source>
        <translation>Review deck of a territory for a council or committee meeting: figures as JSON, PDF, PNG.</translation>
    </message>
    <message>
        <source>report: --out and --png need the build with QGIS (this vigie-cli cannot draw maps); --json works</source>
        <translation>report: --out and --png need the build with QGIS (this vigie-cli cannot draw maps); --json works</translation>
    </message>
    <message>
        <source>report: missing: %1</source>
        <translation>report: missing: %1</translation>
    </message>
    <message>
        <source>Deck &quot;%1&quot; of %2: %3 slides, %4 missing</source>
        <translation>Deck &quot;%1&quot; of %2: %3 slides, %4 missing</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>not a finite number</translation>
    </message>
    <message>
        <source>the « %1 » plugin is not installed</source>
        <translation>the « %1 » plugin is not installed</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Open alarms</translation>
    </message>
    <message>
        <source>Live feeds</source>
        <translation>Live feeds</translation>
    </message>
    <message>
        <source>Critical alarms</source>
        <translation>Critical alarms</translation>
    </message>
    <message>
        <source>Warning alarms</source>
        <translation>Warning alarms</translation>
    </message>
    <message>
        <source>Information alarms</source>
        <translation>Information alarms</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Sensors</translation>
    </message>
    <message>
        <source>Sensors bound to an asset</source>
        <translation>Sensors bound to an asset</translation>
    </message>
    <message>
        <source>Observations stored</source>
        <translation>Observations stored</translation>
    </message>
    <message>
        <source>Last observation</source>
        <translation>Last observation</translation>
    </message>
    <message>
        <source>no live feed in this territory yet (no sensors, no observations)</source>
        <translation>no live feed in this territory yet (no sensors, no observations)</translation>
    </message>
    <message>
        <source>the live feeds cannot be read: %1</source>
        <translation>the live feeds cannot be read: %1</translation>
    </message>
    <message>
        <source>Newest open alarms</source>
        <translation>Newest open alarms</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Open alarms are raised or acknowledged and not yet cleared, as vigie-cli alarms list prints them.</source>
        <translation>Open alarms are raised or acknowledged and not yet cleared, as vigie-cli alarms list prints them.</translation>
    </message>
    <message>
        <source>no observation received yet</source>
        <translation>no observation received yet</translation>
    </message>
    <message>
        <source>Roadmap: progress against budget</source>
        <translation>Roadmap: progress against budget</translation>
    </message>
    <message>
        <source>Projects done</source>
        <translation>Projects done</translation>
    </message>
    <message>
        <source>Projects in progress</source>
        <translation>Projects in progress</translation>
    </message>
    <message>
        <source>Projects late</source>
        <translation>Projects late</translation>
    </message>
    <message>
        <source>Budget of the year committed</source>
        <translation>Budget of the year committed</translation>
    </message>
    <message>
        <source>the roadmap cannot be read: %1</source>
        <translation>the roadmap cannot be read: %1</translation>
    </message>
    <message>
        <source>no roadmap in this territory</source>
        <translation>no roadmap in this territory</translation>
    </message>
    <message>
        <source>Projects (not cancelled)</source>
        <translation>Projects (not cancelled)</translation>
    </message>
    <message>
        <source>Capital spending per year against the cap (€)</source>
        <translation>Capital spending per year against the cap (€)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Committed this year</source>
        <translation>Committed this year</translation>
    </message>
    <message>
        <source>Planned this year</source>
        <translation>Planned this year</translation>
    </message>
    <message>
        <source>Cap this year</source>
        <translation>Cap this year</translation>
    </message>
    <message>
        <source>no budget cap set for %1</source>
        <translation>no budget cap set for %1</translation>
    </message>
    <message>
        <source>no spending and no cap in %1</source>
        <translation>no spending and no cap in %1</translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>Late: %1</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Participatory budget</translation>
    </message>
    <message>
        <source>Participatory budget: projects funded</source>
        <translation>Participatory budget: projects funded</translation>
    </message>
    <message>
        <source>no participatory budget attached to this territory</source>
        <translation>no participatory budget attached to this territory</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>the « %1 » plugin could not compute its slides: %2</source>
        <translation>the « %1 » plugin could not compute its slides: %2</translation>
    </message>
    <message>
        <source>the « %1 » plugin gave no such figure</source>
        <translation>the « %1 » plugin gave no such figure</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>the « %1 » plugin contributes no slides</source>
        <translation>the « %1 » plugin contributes no slides</translation>
    </message>
    <message>
        <source>the territory has no bookmark « %1 »</source>
        <translation>the territory has no bookmark « %1 »</translation>
    </message>
    <message>
        <source>unknown slide « %1 »</source>
        <translation>unknown slide « %1 »</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Council meeting</translation>
    </message>
    <message>
        <source>Street lighting committee</source>
        <translation>Street lighting committee</translation>
    </message>
    <message>
        <source>Water committee</source>
        <translation>Water committee</translation>
    </message>
    <message>
        <source>Live feeds and alarms committee</source>
        <translation>Live feeds and alarms committee</translation>
    </message>
    <message>
        <source>Roadmap committee</source>
        <translation>Roadmap committee</translation>
    </message>
    <message>
        <source>Participatory budget committee</source>
        <translation>Participatory budget committee</translation>
    </message>
    <message>
        <source>Committee: %1</source>
        <translation>Committee: %1</translation>
    </message>
    <message>
        <source>kWh/yr</source>
        <translation>kWh/yr</translation>
    </message>
    <message>
        <source>€/yr</source>
        <translation>€/yr</translation>
    </message>
    <message>
        <source>t CO₂/yr</source>
        <translation>t CO₂/yr</translation>
    </message>
    <message>
        <source>Street lighting: energy and money saved</source>
        <translation>Street lighting: energy and money saved</translation>
    </message>
    <message>
        <source>no luminaire in this territory</source>
        <translation>no luminaire in this territory</translation>
    </message>
    <message>
        <source>%1 luminaires, plan of %2 years, adaptive dimming</source>
        <translation>%1 luminaires, plan of %2 years, adaptive dimming</translation>
    </message>
    <message>
        <source>Energy saving</source>
        <translation>Energy saving</translation>
    </message>
    <message>
        <source>Energy before (full power all night)</source>
        <translation>Energy before (full power all night)</translation>
    </message>
    <message>
        <source>Energy after the plan and dimming</source>
        <translation>Energy after the plan and dimming</translation>
    </message>
    <message>
        <source>CO₂ avoided</source>
        <translation>CO₂ avoided</translation>
    </message>
    <message>
        <source>EN 13201 compliance (street × time band)</source>
        <translation>EN 13201 compliance (street × time band)</translation>
    </message>
    <message>
        <source>Defaults of vigie-cli lighting optimise: budget %1 €/yr over %2 years, tariff %3 / %4 €/kWh, %5 kg CO₂/kWh.</source>
        <translation>Defaults of vigie-cli lighting optimise: budget %1 €/yr over %2 years, tariff %3 / %4 €/kWh, %5 kg CO₂/kWh.</translation>
    </message>
    <message>
        <source>Street lighting: LED retrofit plan</source>
        <translation>Street lighting: LED retrofit plan</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Subsidies (CEE)</source>
        <translation>Subsidies (CEE)</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Retrofit per year: investment and yearly saving (€)</source>
        <translation>Retrofit per year: investment and yearly saving (€)</translation>
    </message>
    <message>
        <source>Saving per year</source>
        <translation>Saving per year</translation>
    </message>
    <message>
        <source>LED retrofit plan per year</source>
        <translation>LED retrofit plan per year</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Luminaires</source>
        <translation>Luminaires</translation>
    </message>
    <message>
        <source>Investment (€)</source>
        <translation>Investment (€)</translation>
    </message>
    <message>
        <source>Subsidies (€)</source>
        <translation>Subsidies (€)</translation>
    </message>
    <message>
        <source> saved</source>
        <translation> saved</translation>
    </message>
    <message>
        <source>Street lighting: before and after</source>
        <translation>Street lighting: before and after</translation>
    </message>
    <message>
        <source>Before: lamp power today</source>
        <translation>Before: lamp power today</translation>
    </message>
    <message>
        <source>After: power with the plan and dimming</source>
        <translation>After: power with the plan and dimming</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Street lighting: EN 13201 classes of the streets</source>
        <translation>Street lighting: EN 13201 classes of the streets</translation>
    </message>
    <message>
        <source>Drinking water: the network</source>
        <translation>Drinking water: the network</translation>
    </message>
    <message>
        <source>no water network can be read from this territory: %1</source>
        <translation>no water network can be read from this territory: %1</translation>
    </message>
    <message>
        <source>Length of pipes</source>
        <translation>Length of pipes</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>Pipes</translation>
    </message>
    <message>
        <source>Junctions</source>
        <translation>Junctions</translation>
    </message>
    <message>
        <source>Tanks and reservoirs</source>
        <translation>Tanks and reservoirs</translation>
    </message>
    <message>
        <source>Pumps and valves</source>
        <translation>Pumps and valves</translation>
    </message>
    <message>
        <source>Drinking water: losses and non-revenue water</source>
        <translation>Drinking water: losses and non-revenue water</translation>
    </message>
    <message>
        <source>Infrastructure leakage index</source>
        <translation>Infrastructure leakage index</translation>
    </message>
    <message>
        <source>no page left to write to %1</source>
        <translation>no page left to write to %1</translation>
    </message>
    <message>
        <source>the export to %1 ended before its last page</source>
        <translation>the export to %1 ended before its last page</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>the territory file %1 cannot be found</source>
        <translation>the territory file %1 cannot be found</translation>
    </message>
    <message>
        <source>unknown map style “%1”</source>
        <translation>unknown map style “%1”</translation>
    </message>
    <message>
        <source>Mean power over the night</source>
        <translation>Mean power over the night</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Streets</translation>
    </message>
    <message>
        <source>EN 13201 class of the lit streets</source>
        <translation>EN 13201 class of the lit streets</translation>
    </message>
    <message>
        <source>Pipe diameter</source>
        <translation>Pipe diameter</translation>
    </message>
    <message>
        <source>the map has no water:pipes layer to style</source>
        <translation>the map has no water:pipes layer to style</translation>
    </message>
    <message>
        <source>Water network</source>
        <translation>Water network</translation>
    </message>
    <message>
        <source>the participatory budget cannot be read: %1</source>
        <translation>the participatory budget cannot be read: %1</translation>
    </message>
    <message>
        <source>the participatory budget cannot be counted: %1</source>
        <translation>the participatory budget cannot be counted: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Projects submitted to the vote</source>
        <translation>Projects submitted to the vote</translation>
    </message>
    <message>
        <source>Budget spent</source>
        <translation>Budget spent</translation>
    </message>
    <message>
        <source>Budget available</source>
        <translation>Budget available</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Voters</translation>
    </message>
    <message>
        <source>Projects funded</source>
        <translation>Projects funded</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Vote %1 counted with the rule %2 (attached %3).</source>
        <translation>Vote %1 counted with the rule %2 (attached %3).</translation>
    </message>
    <message>
        <source>Water put into the network</source>
        <translation>Water put into the network</translation>
    </message>
    <message>
        <source>Minimum night flow</source>
        <translation>Minimum night flow</translation>
    </message>
    <message>
        <source>m³/day</source>
        <translation>m³/day</translation>
    </message>
    <message>
        <source>the territory stores no flow meter readings of its water network yet: %1</source>
        <translation>the territory stores no flow meter readings of its water network yet: %1</translation>
    </message>
    <message>
        <source>the water balance cannot be computed: %1</source>
        <translation>the water balance cannot be computed: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Stored observations, %1</source>
        <translation>Stored observations, %1</translation>
    </message>
    <message>
        <source>%1, area %2</source>
        <translation>%1, area %2</translation>
    </message>
    <message>
        <source>%1, areas %2</source>
        <translation>%1, areas %2</translation>
    </message>
    <message>
        <source>Losses, non-revenue water and ILI of the metered area(s) %1, which have customer meter readings (AMR); %2 have none, so their authorised consumption and the whole network&apos;s losses are unknown.</source>
        <translation>Losses, non-revenue water and ILI of the metered area(s) %1, which have customer meter readings (AMR); %2 have none, so their authorised consumption and the whole network&apos;s losses are unknown.</translation>
    </message>
    <message>
        <source>no customer meter readings (AMR) among the stored observations: the authorised consumption is unknown, so losses and non-revenue water cannot be computed</source>
        <translation>no customer meter readings (AMR) among the stored observations: the authorised consumption is unknown, so losses and non-revenue water cannot be computed</translation>
    </message>
    <message>
        <source>Water put into each metered area per day (m³)</source>
        <translation>Water put into each metered area per day (m³)</translation>
    </message>
    <message>
        <source>the territory %1 cannot be read: %2</source>
        <translation>the territory %1 cannot be read: %2</translation>
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
    <message>
        <source>Usage: vigie-cli roadmap COMMAND [arguments] [options]
Roadmap of the territory&apos;s projects: merge offline edits, schedule under budget caps, rank, exchange.

Commands:
  merge BASE OURS THEIRS --out MERGED [--json]   three-way merge of roadmap files
  schedule FILE --cap YEAR=EUR,... [--json]      plan under yearly budget caps and dependencies
  rank FILE [--weights ...] [--json]             weighted multi-criteria ranking, explained
  export FILE --out X.csv|X.ics|X.gan            CSV, iCalendar milestones or GanttProject
  import CSV --out FILE                          roadmap file from a CSV table
  export-from TERRITORY --out FILE               roadmap file from the territory&apos;s roadmap
  import-into TERRITORY FILE                     stores a roadmap file in the territory
  report TERRITORY|FILE --out REPORT.pdf         PDF report (Gantt, budget, ranking, critical path)

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
  export-from TERRITORY --out FILE               roadmap file from the territory&apos;s roadmap
  import-into TERRITORY FILE                     stores a roadmap file in the territory
  report TERRITORY|FILE --out REPORT.pdf         PDF report (Gantt, budget, ranking, critical path)

&quot;vigie-cli roadmap COMMAND --help&quot; describes a command.
Exit codes: 0 done, 1 failure (merge: conflicts recorded), 2 usage error, 3 an input cannot be read.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap export-from TERRITORY.gpkg --out FILE [--name NAME]
Writes the roadmap stored in the territory (document NAME, default &quot;main&quot;) to a roadmap file,
atomically, e.g. to edit it offline and merge it later. The output may not be the territory.
Exit codes: 0 done, 1 the territory has no roadmap or the output cannot be written, 2 usage error,
3 the territory cannot be read.
</source>
        <translation>Usage: vigie-cli roadmap export-from TERRITORY.gpkg --out FILE [--name NAME]
Writes the roadmap stored in the territory (document NAME, default &quot;main&quot;) to a roadmap file,
atomically, e.g. to edit it offline and merge it later. The output may not be the territory.
Exit codes: 0 done, 1 the territory has no roadmap or the output cannot be written, 2 usage error,
3 the territory cannot be read.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap import-into TERRITORY.gpkg FILE [--name NAME] [--cap YEAR=EUR,...] [--weights W]
Stores a roadmap file in the territory (document NAME, default &quot;main&quot;) in one transaction; the
caps and weights already stored are kept unless given. Refused, with nothing changed, when the file is
malformed, has a dependency cycle or a cap is below the spending already committed.
Exit codes: 0 done, 1 refused or not written, 2 usage error, 3 an input cannot be read.
</source>
        <translation>Usage: vigie-cli roadmap import-into TERRITORY.gpkg FILE [--name NAME] [--cap YEAR=EUR,...] [--weights W]
Stores a roadmap file in the territory (document NAME, default &quot;main&quot;) in one transaction; the
caps and weights already stored are kept unless given. Refused, with nothing changed, when the file is
malformed, has a dependency cycle or a cap is below the spending already committed.
Exit codes: 0 done, 1 refused or not written, 2 usage error, 3 an input cannot be read.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap report TERRITORY.gpkg|FILE --out REPORT.pdf [--cap YEAR=EUR,...] [--weights W]
Writes the PDF report of a roadmap (from a territory or a roadmap file): title page, Gantt timeline
with the critical path, budget per year against the caps, ranked projects, critical path; one page per
section. The territory&apos;s stored caps and weights are used unless given.
Exit codes: 0 done, 1 the report cannot be written, 2 usage error, 3 the input cannot be read.
</source>
        <translation>Usage: vigie-cli roadmap report TERRITORY.gpkg|FILE --out REPORT.pdf [--cap YEAR=EUR,...] [--weights W]
Writes the PDF report of a roadmap (from a territory or a roadmap file): title page, Gantt timeline
with the critical path, budget per year against the caps, ranked projects, critical path; one page per
section. The territory&apos;s stored caps and weights are used unless given.
Exit codes: 0 done, 1 the report cannot be written, 2 usage error, 3 the input cannot be read.
</translation>
    </message>
    <message>
        <source>roadmap export-from: expected TERRITORY --out FILE</source>
        <translation>roadmap export-from: expected TERRITORY --out FILE</translation>
    </message>
    <message>
        <source>roadmap export-from: --out must not be the territory</source>
        <translation>roadmap export-from: --out must not be the territory</translation>
    </message>
    <message>
        <source>roadmap export-from: %1</source>
        <translation>roadmap export-from: %1</translation>
    </message>
    <message>
        <source>roadmap export-from: %1 has no roadmap &quot;%2&quot;</source>
        <translation>roadmap export-from: %1 has no roadmap &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Wrote the %1 projects of the territory&apos;s roadmap to %2</source>
        <translation>Wrote the %1 projects of the territory&apos;s roadmap to %2</translation>
    </message>
    <message>
        <source>roadmap import-into: expected TERRITORY FILE</source>
        <translation>roadmap import-into: expected TERRITORY FILE</translation>
    </message>
    <message>
        <source>roadmap import-into: %1</source>
        <translation>roadmap import-into: %1</translation>
    </message>
    <message>
        <source>Stored %1 projects in %2 (roadmap &quot;%3&quot;)</source>
        <translation>Stored %1 projects in %2 (roadmap &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>roadmap report: expected TERRITORY|FILE --out REPORT.pdf</source>
        <translation>roadmap report: expected TERRITORY|FILE --out REPORT.pdf</translation>
    </message>
    <message>
        <source>roadmap report: --out must not be the input</source>
        <translation>roadmap report: --out must not be the input</translation>
    </message>
    <message>
        <source>roadmap report: %1</source>
        <translation>roadmap report: %1</translation>
    </message>
    <message>
        <source>roadmap report: %1 has no roadmap &quot;%2&quot;</source>
        <translation>roadmap report: %1 has no roadmap &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Wrote the report of %1 projects to %2</source>
        <translation>Wrote the report of %1 projects to %2</translation>
    </message>
    <message>
        <source>Bars: projects from their (actual) start, coloured by domain; red outline: critical path; lines: dependencies (finish to start).</source>
        <translation>Bars: projects from their (actual) start, coloured by domain; red outline: critical path; lines: dependencies (finish to start).</translation>
    </message>
    <message>
        <source>Roadmap report</source>
        <translation>Roadmap report</translation>
    </message>
    <message>
        <source>Gantt timeline</source>
        <translation>Gantt timeline</translation>
    </message>
    <message>
        <source>Budget per year against the caps</source>
        <translation>Budget per year against the caps</translation>
    </message>
    <message>
        <source>Ranked projects</source>
        <translation>Ranked projects</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Critical path</translation>
    </message>
    <message>
        <source>%1: the PDF report needs a graphical application (fonts)</source>
        <translation>%1: the PDF report needs a graphical application (fonts)</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: cannot write the report: %2</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1: cannot start the PDF</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territory: %1</translation>
    </message>
    <message>
        <source>Projects: %1 (%2 not cancelled)</source>
        <translation>Projects: %1 (%2 not cancelled)</translation>
    </message>
    <message>
        <source>Total capex: %1</source>
        <translation>Total capex: %1</translation>
    </message>
    <message>
        <source>Roadmap ends: %1 (critical path of %2 projects)</source>
        <translation>Roadmap ends: %1 (critical path of %2 projects)</translation>
    </message>
    <message>
        <source>Ranking weights: %1</source>
        <translation>Ranking weights: %1</translation>
    </message>
    <message>
        <source>Unresolved merge conflicts: %1</source>
        <translation>Unresolved merge conflicts: %1</translation>
    </message>
    <message>
        <source>Generated by Vigie on %1</source>
        <translation>Generated by Vigie on %1</translation>
    </message>
    <message>
        <source>Projects per domain</source>
        <translation>Projects per domain</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Total capex</source>
        <translation>Total capex</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Every year is within its cap.</source>
        <translation>Every year is within its cap.</translation>
    </message>
    <message>
        <source>%1 year(s) above the cap (highlighted): run the scheduling to fit the plan under the caps.</source>
        <translation>%1 year(s) above the cap (highlighted): run the scheduling to fit the plan under the caps.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>The chain of projects that sets the end of the roadmap (%1): a month of delay on any of them delays the end.</source>
        <translation>The chain of projects that sets the end of the roadmap (%1): a month of delay on any of them delays the end.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End (excl.)</source>
        <translation>End (excl.)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>%1: cannot finish the PDF</source>
        <translation>%1: cannot finish the PDF</translation>
    </message>
    <message>
        <source>budget cap for %1: %2 € is below the spending already committed that year, %3 €, by project(s) %4 (field &quot;capex&quot;)</source>
        <translation>budget cap for %1: %2 € is below the spending already committed that year, %3 €, by project(s) %4 (field &quot;capex&quot;)</translation>
    </message>
    <message>
        <source>%1: a roadmap document needs a name</source>
        <translation>%1: a roadmap document needs a name</translation>
    </message>
    <message>
        <source>%1: roadmap not saved: %2</source>
        <translation>%1: roadmap not saved: %2</translation>
    </message>
    <message>
        <source>migration of %1 to schema %2 failed: %3</source>
        <translation>migration of %1 to schema %2 failed: %3</translation>
    </message>
    <message>
        <source>%1, roadmap &quot;%2&quot;</source>
        <translation>%1, roadmap &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the settings are not a JSON object</source>
        <translation>%1: the settings are not a JSON object</translation>
    </message>
    <message>
        <source>%1: no such territory file</source>
        <translation>%1: no such territory file</translation>
    </message>
    <message>
        <source>%1: cannot open the territory: %2</source>
        <translation>%1: cannot open the territory: %2</translation>
    </message>
    <message>
        <source>%1 is not a Vigie territory (no vigie_schema table)</source>
        <translation>%1 is not a Vigie territory (no vigie_schema table)</translation>
    </message>
    <message>
        <source>%1: SQL failed (%2): %3</source>
        <translation>%1: SQL failed (%2): %3</translation>
    </message>
    <message>
        <source>%1: the roadmap was written by a newer Vigie (component %2 schema %3, this version supports %4)</source>
        <translation>%1: the roadmap was written by a newer Vigie (component %2 schema %3, this version supports %4)</translation>
    </message>
    <message>
        <source>settings, field &quot;caps&quot;: &quot;%1&quot; is not a year with an amount &gt;= 0</source>
        <translation>settings, field &quot;caps&quot;: &quot;%1&quot; is not a year with an amount &gt;= 0</translation>
    </message>
    <message>
        <source>settings, field &quot;weights&quot;: %1</source>
        <translation>settings, field &quot;weights&quot;: %1</translation>
    </message>
    <message>
        <source>settings, field &quot;kpiActuals&quot;: project %1, KPI &quot;%2&quot; is not a number</source>
        <translation>settings, field &quot;kpiActuals&quot;: project %1, KPI &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>roadmap at checkout</source>
        <translation>roadmap at checkout</translation>
    </message>
    <message>
        <source>offline roadmap</source>
        <translation>offline roadmap</translation>
    </message>
    <message>
        <source>server roadmap</source>
        <translation>server roadmap</translation>
    </message>
</context>
<context>
    <name>vigie::store</name>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>table %1: index not copied (no equivalent): %2</source>
        <translation>table %1: index not copied (no equivalent): %2</translation>
    </message>
    <message>
        <source>layer %1: table %2 is missing</source>
        <translation>layer %1: table %2 is missing</translation>
    </message>
    <message>
        <source>layer %1: the destination has no field &apos;%2&apos;</source>
        <translation>layer %1: the destination has no field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>layer %1: cannot start a transaction: %2</source>
        <translation>layer %1: cannot start a transaction: %2</translation>
    </message>
    <message>
        <source>layer %1, fid %2: %3</source>
        <translation>layer %1, fid %2: %3</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>layer %1: %2</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>table %1, row %2: %3</translation>
    </message>
    <message>
        <source>%1: component %2 is at schema %3, the loaded plugin at %4; open the territory read-write once to migrate it, then copy it</source>
        <translation>%1: component %2 is at schema %3, the loaded plugin at %4; open the territory read-write once to migrate it, then copy it</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: layer %2 belongs to no loaded plugin; load its plugin to copy the territory</source>
        <translation>%1: layer %2 belongs to no loaded plugin; load its plugin to copy the territory</translation>
    </message>
    <message>
        <source>%1: cannot connect to PostgreSQL: %2</source>
        <translation>%1: cannot connect to PostgreSQL: %2</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>creating %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>layer %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>%1: table %2: %3</source>
        <translation>%1: table %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot commit: %2</source>
        <translation>%1: cannot commit: %2</translation>
    </message>
    <message>
        <source>copied %1 to %2: %3 features, %4 rows</source>
        <translation>copied %1 to %2: %3 features, %4 rows</translation>
    </message>
    <message>
        <source>%1: roles are enforced by PostgreSQL: they need a PostGIS territory (PG:...)</source>
        <translation>%1: roles are enforced by PostgreSQL: they need a PostGIS territory (PG:...)</translation>
    </message>
    <message>
        <source>role prefix &apos;%1&apos;: use lower-case letters, digits and _ (e.g. vigie)</source>
        <translation>role prefix &apos;%1&apos;: use lower-case letters, digits and _ (e.g. vigie)</translation>
    </message>
    <message>
        <source>%1 is a PostGIS database but not a Vigie territory</source>
        <translation>%1 is a PostGIS database but not a Vigie territory</translation>
    </message>
    <message>
        <source>%1: cannot set up the roles (%2): %3</source>
        <translation>%1: cannot set up the roles (%2): %3</translation>
    </message>
    <message>
        <source>%1: read every table</source>
        <translation>%1: read every table</translation>
    </message>
    <message>
        <source>%1: read, and write %2</source>
        <translation>%1: read, and write %2</translation>
    </message>
    <message>
        <source>%1: every privilege, schema changes</source>
        <translation>%1: every privilege, schema changes</translation>
    </message>
    <message>
        <source>%1 (database role %2)</source>
        <translation>%1 (database role %2)</translation>
    </message>
    <message>
        <source>%1 (database role %2, member of %3)</source>
        <translation>%1 (database role %2, member of %3)</translation>
    </message>
    <message>
        <source>COPY is a PostgreSQL statement</source>
        <translation>COPY is a PostgreSQL statement</translation>
    </message>
    <message>
        <source>%1: change notifications need a PostGIS territory (PG:...)</source>
        <translation>%1: change notifications need a PostGIS territory (PG:...)</translation>
    </message>
    <message>
        <source>%1: listening to changes again</source>
        <translation>%1: listening to changes again</translation>
    </message>
    <message>
        <source>%1: cannot listen to changes: %2</source>
        <translation>%1: cannot listen to changes: %2</translation>
    </message>
    <message>
        <source>%1: the change notifications stopped (%2); reconnecting</source>
        <translation>%1: the change notifications stopped (%2); reconnecting</translation>
    </message>
    <message>
        <source>%1: cannot install the change notifications: %2</source>
        <translation>%1: cannot install the change notifications: %2</translation>
    </message>
    <message>
        <source>%1: tenants are enforced by PostgreSQL row-level security: they need a PostGIS territory (PG:...)</source>
        <translation>%1: tenants are enforced by PostgreSQL row-level security: they need a PostGIS territory (PG:...)</translation>
    </message>
    <message>
        <source>%1: no layer %2 with a geometry to take the communes from</source>
        <translation>%1: no layer %2 with a geometry to take the communes from</translation>
    </message>
    <message>
        <source>%1: layer %2 has no field &apos;%3&apos; (fields: %4)</source>
        <translation>%1: layer %2 has no field &apos;%3&apos; (fields: %4)</translation>
    </message>
    <message>
        <source>%1: no asset layer to share between communes</source>
        <translation>%1: no asset layer to share between communes</translation>
    </message>
    <message>
        <source>%1: cannot set up the tenants (%2): %3</source>
        <translation>%1: cannot set up the tenants (%2): %3</translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation>the copy was cancelled</translation>
    </message>
    <message>
        <source>table %1, reading after row %2: %3</source>
        <translation>table %1, reading after row %2: %3</translation>
    </message>
    <message>
        <source>table %1, rows %2 to %3: %4</source>
        <translation>table %1, rows %2 to %3: %4</translation>
    </message>
    <message>
        <source>table %1: %2 rows read of %3 (keys that cannot be ordered?)</source>
        <translation>table %1: %2 rows read of %3 (keys that cannot be ordered?)</translation>
    </message>
    <message>
        <source>%1: cannot rename %2</source>
        <translation>%1: cannot rename %2</translation>
    </message>
</context>
</TS>
