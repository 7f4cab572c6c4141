#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# Generates the domain plugins' QGIS 3.22 QML styles (plugins/<id>/styles/*.qml) so that
# they share one symbol vocabulary. The .qml files are committed; edit this script and
# re-run it (python3 plugins/tools/genqml.py), or edit a .qml in QGIS and stop using it.
import os, html
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERSION = "3.22.16-Białowieża"

def esc(s): return html.escape(str(s), quote=True)

def props(d):
    return "".join(f'\n          <prop k="{esc(k)}" v="{esc(v)}"/>' for k, v in d.items())

DDP = '''
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>'''

def marker_layer(shape, fill, outline="255,255,255,255", size=2.0, width=0.3, angle=0, ground=None):
    """ground=(metres, min_mm, max_mm): size in map units clamped in millimetres, so dense
    layers shrink when zoomed out and stop growing when zoomed in."""
    size_unit, size_scale = "MM", "3x:0,0,0,0,0,0"
    if ground:
        size, size_unit, size_scale = ground[0], "MapUnit", f"3x:0,0,1,{ground[1]},1,{ground[2]}"
    return f'''
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">{props({
            "angle": angle, "color": fill, "horizontal_anchor_point": "1", "joinstyle": "bevel",
            "name": shape, "offset": "0,0", "offset_map_unit_scale": "3x:0,0,0,0,0,0", "offset_unit": "MM",
            "outline_color": outline, "outline_style": "solid", "outline_width": width,
            "outline_width_map_unit_scale": "3x:0,0,0,0,0,0", "outline_width_unit": "MM",
            "scale_method": "diameter", "size": size, "size_map_unit_scale": size_scale,
            "size_unit": size_unit, "vertical_anchor_point": "1"})}{DDP}
        </layer>'''

def line_layer(color, width, style="solid", cap="round", offset=0):
    return f'''
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">{props({
            "align_dash_pattern": "0", "capstyle": cap, "customdash": "5;2", "customdash_map_unit_scale": "3x:0,0,0,0,0,0",
            "customdash_unit": "MM", "dash_pattern_offset": "0", "dash_pattern_offset_unit": "MM",
            "draw_inside_polygon": "0", "joinstyle": "round", "line_color": color, "line_style": style,
            "line_width": width, "line_width_unit": "MM", "offset": offset, "offset_map_unit_scale": "3x:0,0,0,0,0,0",
            "offset_unit": "MM", "ring_filter": "0", "tweak_dash_pattern_on_corners": "0", "use_custom_dash": "0",
            "width_map_unit_scale": "3x:0,0,0,0,0,0"})}{DDP}
        </layer>'''

def fill_layer(color, outline, width=0.26):
    return f'''
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">{props({
            "border_width_map_unit_scale": "3x:0,0,0,0,0,0", "color": color, "joinstyle": "miter",
            "offset": "0,0", "offset_map_unit_scale": "3x:0,0,0,0,0,0", "offset_unit": "MM",
            "outline_color": outline, "outline_style": "solid", "outline_width": width,
            "outline_width_unit": "MM", "style": "solid"})}{DDP}
        </layer>'''

def symbol(kind, name, layers):
    return f'''
      <symbol type="{kind}" name="{esc(name)}" alpha="1" clip_to_extent="1" force_rhr="0">{DDP}{"".join(layers)}
      </symbol>'''

def central_marker_line(name, marker_layers, base_color, base_width=0.4):
    """A link drawn as a short line with a marker at its middle (pumps, valves)."""
    sub = symbol("marker", "@" + name + "@1", marker_layers).replace("\n      ", "\n          ")
    return [line_layer(base_color, base_width),
            f'''
        <layer class="MarkerLine" enabled="1" locked="0" pass="0">{props({
            "average_angle_length": "4", "average_angle_map_unit_scale": "3x:0,0,0,0,0,0", "average_angle_unit": "MM",
            "interval": "3", "interval_map_unit_scale": "3x:0,0,0,0,0,0", "interval_unit": "MM",
            "offset": "0", "offset_along_line": "0", "offset_along_line_map_unit_scale": "3x:0,0,0,0,0,0",
            "offset_along_line_unit": "MM", "offset_map_unit_scale": "3x:0,0,0,0,0,0", "offset_unit": "MM",
            "placement": "centralpoint", "ring_filter": "0", "rotate": "1"})}{DDP}{sub}
        </layer>''']

def categorized(attr, cats, source):
    cat_xml = "".join(f'\n      <category symbol="{i}" value="{esc(v)}" label="{esc(l)}" render="true"/>' for i, (v, l, _) in enumerate(cats))
    syms = "".join(s.replace("__NAME__", str(i)) for i, (_, _, s) in enumerate(cats))
    return f'''  <renderer-v2 type="categorizedSymbol" attr="{esc(attr)}" forceraster="0" symbollevels="0" enableorderby="0" referencescale="-1">
    <categories>{cat_xml}
    </categories>
    <symbols>{syms}
    </symbols>
    <source-symbol>{source.replace("__NAME__", "0")}
    </source-symbol>
    <rotation/>
    <sizescale/>
  </renderer-v2>'''

def graduated(attr, ranges, source):
    rng = "".join(f'\n      <range symbol="{i}" lower="{lo:.6f}" upper="{hi:.6f}" label="{esc(l)}" render="true"/>' for i, (lo, hi, l, _) in enumerate(ranges))
    syms = "".join(s.replace("__NAME__", str(i)) for i, (_, _, _, s) in enumerate(ranges))
    return f'''  <renderer-v2 type="graduatedSymbol" attr="{esc(attr)}" graduatedMethod="GraduatedColor" forceraster="0" symbollevels="0" enableorderby="0" referencescale="-1">
    <ranges>{rng}
    </ranges>
    <symbols>{syms}
    </symbols>
    <source-symbol>{source.replace("__NAME__", "0")}
    </source-symbol>
    <classificationMethod id="EqualInterval">
      <symmetricMode enabled="0" symmetrypoint="0" astride="0"/>
      <labelFormat format="%1 - %2" labelprecision="0" trimtrailingzeroes="1"/>
      <parameters>
        <Option/>
      </parameters>
      <extraInformation/>
    </classificationMethod>
    <rotation/>
    <sizescale/>
  </renderer-v2>'''

def single(sym):
    return f'''  <renderer-v2 type="singleSymbol" forceraster="0" symbollevels="0" enableorderby="0" referencescale="-1">
    <symbols>{sym.replace("__NAME__", "0")}
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>'''

def labeling(field, placement, max_denominator, size=8, color="40,40,40,255", bold=False, buffer="255,255,255,230", dist=1.2, expression=False):
    # placement: 0 around point, 1 over point, 2 parallel line, 3 curved line, 4 horizontal
    weight = 75 if bold else 50
    return f'''  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="{esc(field)}" isExpression="{1 if expression else 0}" fontFamily="Noto Sans" fontSize="{size}" fontSizeUnit="Point" fontWeight="{weight}" fontItalic="0" fontUnderline="0" fontStrikeout="0" fontLetterSpacing="0" fontWordSpacing="0" fontKerning="1" namedStyle="{"Bold" if bold else "Regular"}" textColor="{color}" textOpacity="1" blendMode="0" multilineHeight="1" previewBkgrdColor="255,255,255,255" capitalization="0" allowHtml="0" useSubstitutions="0" legendString="Aa" textOrientation="horizontal">
        <families/>
        <text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferColor="{buffer}" bufferOpacity="1" bufferNoFill="1" bufferJoinStyle="128" bufferBlendMode="0"/>
        <text-mask maskEnabled="0" maskType="0" maskSize="0" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskJoinStyle="128" maskedSymbolLayers=""/>
        <background shapeDraw="0" shapeType="0" shapeSizeType="0" shapeSizeX="0" shapeSizeY="0" shapeSizeUnit="MM" shapeRotationType="0" shapeRotation="0" shapeOffsetX="0" shapeOffsetY="0" shapeOffsetUnit="MM" shapeRadiiX="0" shapeRadiiY="0" shapeRadiiUnit="MM" shapeFillColor="255,255,255,255" shapeBorderColor="128,128,128,255" shapeBorderWidth="0" shapeBorderWidthUnit="MM" shapeJoinStyle="64" shapeOpacity="1" shapeBlendMode="0"/>
        <shadow shadowDraw="0" shadowUnder="0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOffsetUnit="MM" shadowOffsetGlobal="1" shadowRadius="1.5" shadowRadiusUnit="MM" shadowRadiusAlphaOnly="0" shadowOpacity="0.7" shadowScale="100" shadowColor="0,0,0,255" shadowBlendMode="6"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format wrapChar="" autoWrapLength="0" useMaxLineLengthForAutoWrap="1" multilineAlign="3" addDirectionSymbol="0" leftDirectionSymbol="&lt;" rightDirectionSymbol="&gt;" reverseDirectionSymbol="0" placeDirectionSymbol="0" plussign="0" formatNumbers="0" decimals="3"/>
      <placement placement="{placement}" placementFlags="10" dist="{dist}" distUnits="MM" distMapUnitScale="3x:0,0,0,0,0,0" offsetType="0" quadOffset="4" xOffset="0" yOffset="0" offsetUnits="MM" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" rotationAngle="0" preserveRotation="1" centroidWhole="0" centroidInside="1" fitInPolygonOnly="0" repeatDistance="0" repeatDistanceUnits="MM" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" priority="5" overrunDistance="0" overrunDistanceUnit="MM" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" lineAnchorType="0" lineAnchorClipping="0" polygonPlacementFlags="2" layerType="UnknownGeometry" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR"/>
      <!-- QGIS 3.22 label scales: scaleMax is the most zoomed-out denominator (legacy naming) -->
      <rendering scaleVisibility="1" scaleMin="0" scaleMax="{max_denominator}" drawLabels="1" obstacle="1" obstacleFactor="1" obstacleType="1" zIndex="0" fontLimitPixelSize="0" fontMinPixelSize="3" fontMaxPixelSize="10000" upsidedownLabels="0" labelPerPart="0" mergeLines="1" limitNumLabels="0" maxNumLabels="2000" minFeatureSize="0" displayAll="0" unplacedVisibility="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="enabled" value="0"/>
        </Option>
      </callout>
    </settings>
  </labeling>'''

def document(renderer, label=None, min_scale=0, comment=""):
    scale_flag = 1 if min_scale else 0
    lab = label if label else ""
    return f'''<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- SPDX-License-Identifier: GPL-2.0-or-later -->
<!-- {esc(comment)} -->
<qgis version="{VERSION}" styleCategories="Symbology|Labeling|Rendering" hasScaleBasedVisibilityFlag="{scale_flag}" minScale="{min_scale}" maxScale="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyAlgorithm="0" simplifyMaxScale="1" labelsEnabled="{1 if label else 0}">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
{renderer}
{lab}
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <layerGeometryType>{{GEOM}}</layerGeometryType>
</qgis>
'''

def write(plugin, name, text, geom):
    path = os.path.join(ROOT, plugin, "styles", name + ".qml")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("{GEOM}", str(geom)))

PT, LN, PG = 0, 1, 2
W = "255,255,255,255"

# ---------------- water
def pipe_sym(color, width):
    return symbol("line", "__NAME__", [line_layer(color, width)])
pipe_ranges = [(0, 80, "≤ 80 mm", pipe_sym("158,202,225,255", 0.35)),
               (80, 150, "80 – 150 mm", pipe_sym("107,174,214,255", 0.55)),
               (150, 250, "150 – 250 mm", pipe_sym("49,130,189,255", 0.85)),
               (250, 400, "250 – 400 mm", pipe_sym("8,81,156,255", 1.2)),
               (400, 100000, "> 400 mm", pipe_sym("8,48,107,255", 1.6))]
write("water", "pipes", document(graduated("diameter_mm", pipe_ranges, pipe_sym("49,130,189,255", 0.6)),
      labeling("concat(\"diameter_mm\", ' mm')", 2, 1500, size=7, color="8,48,107,255", expression=True),
      comment="Water pipes graduated by diameter (blues, thicker for mains); diameter labels at 1:1,500 and closer."), LN)
write("water", "junctions", document(single(symbol("marker", "__NAME__", [marker_layer("circle", "43,140,190,255", W, 1.3, 0.2)])),
      labeling("node_id", 0, 1500, size=7, color="8,69,148,255"), min_scale=20000,
      comment="Junctions: small blue nodes, hidden beyond 1:20,000 (dense layer); ids at 1:1,500."), PT)
write("water", "reservoirs", document(single(symbol("marker", "__NAME__", [marker_layer("square", "8,48,107,255", W, 4.2, 0.5),
      marker_layer("square", "107,174,214,255", "0,0,0,0", 2.0, 0)])),
      labeling("node_id", 0, 100000, size=9, color="8,48,107,255", bold=True),
      comment="Reservoirs: large navy squares with their id at every scale."), PT)
write("water", "tanks", document(single(symbol("marker", "__NAME__", [marker_layer("hexagon", "33,113,181,255", W, 4.5, 0.5),
      marker_layer("circle", "222,235,247,255", "0,0,0,0", 1.6, 0)])),
      labeling("node_id", 0, 100000, size=9, color="8,48,107,255", bold=True),
      comment="Tanks: blue hexagons with their id at every scale."), PT)
pump_marker = [marker_layer("circle", "255,255,255,255", "8,48,107,255", 3.6, 0.5), marker_layer("filled_arrowhead", "8,48,107,255", "0,0,0,0", 2.0, 0)]
write("water", "pumps", document(single(symbol("line", "__NAME__", central_marker_line("__NAME__", pump_marker, "8,48,107,255", 0.6))),
      labeling("pump_id", 2, 10000, size=8, color="8,48,107,255", bold=True),
      comment="Pumps (links): a white disc with a flow arrow at the middle of the link."), LN)
def valve_sym(color):
    return symbol("line", "__NAME__", central_marker_line("__NAME__", [marker_layer("diamond", color, W, 3.4, 0.4)], "8,48,107,255", 0.6))
valves = [("PRV", "Pressure reducing (PRV)", valve_sym("128,0,128,255")), ("PSV", "Pressure sustaining (PSV)", valve_sym("106,81,163,255")),
          ("PBV", "Pressure breaker (PBV)", valve_sym("158,154,200,255")), ("FCV", "Flow control (FCV)", valve_sym("0,109,44,255")),
          ("TCV", "Throttle control (TCV)", valve_sym("65,171,93,255")), ("GPV", "General purpose (GPV)", valve_sym("99,99,99,255"))]
write("water", "valves", document(categorized("valve_type", valves, valve_sym("99,99,99,255")),
      labeling("concat(\"valve_id\", ' ', \"setting\")", 2, 10000, size=8, color="84,39,143,255", expression=True),
      comment="Valves (links) categorized by type: a diamond at the middle of the link; id and setting at 1:10,000."), LN)

# ---------------- lighting
def lum(color, outline="90,60,0,255", shape="circle", size=1.6):
    return symbol("marker", "__NAME__", [marker_layer(shape, color, outline, size, 0.15, ground=(size * 4, 0.7, size * 1.4))])
techs = [("LED", "LED", lum("255,230,0,255", "140,110,0,255")),
         ("HPS", "High-pressure sodium", lum("255,127,0,255", "120,50,0,255")),
         ("MH", "Metal halide", lum("253,212,158,255", "150,90,20,255")),
         ("mercury", "Mercury vapour (to replace)", lum("140,150,198,255", "60,60,110,255", "triangle", 1.9)),
         ("fluorescent", "Fluorescent", lum("230,195,107,255", "120,90,20,255", "square", 1.4))]
write("lighting", "luminaires", document(categorized("technology", techs, lum("200,200,200,255")),
      labeling("concat(\"power_w\", ' W')", 0, 750, size=7, color="120,60,0,255", expression=True), min_scale=25000,
      comment="Luminaires categorized by lamp technology (sodium orange, LED yellow, mercury flagged); sized on the ground (0.7 mm when zoomed out), from 1:25,000 (at city scale the 30,000 points would hide the map: the cabinets stand for them); power at 1:750."), PT)
write("lighting", "cabinets", document(single(symbol("marker", "__NAME__", [marker_layer("square", "102,51,0,255", "255,200,0,255", 1.9, 0.3),
      marker_layer("cross2", "255,200,0,255", "255,200,0,255", 1.0, 0.25)])),
      labeling("cabinet_id", 0, 4000, size=8, color="102,51,0,255", bold=True), min_scale=50000,
      comment="Lighting cabinets: small dark brown squares with an amber mark, from 1:50,000 (they stand for the luminaires at city scale); ids at 1:4,000."), PT)

# ---------------- waste
def cont(color):
    return symbol("marker", "__NAME__", [marker_layer("square", color, W, 2.0, 0.2, ground=(7, 0.8, 2.6))])
streams = [("household", "Household waste", "91,70,54,255"), ("recycling", "Packaging recycling", "212,177,6,255"),
           ("glass", "Glass", "47,125,50,255"), ("biowaste", "Biowaste", "141,85,36,255"), ("paper", "Paper", "79,124,172,255")]
write("waste", "containers", document(categorized("stream", [(v, l, cont(c)) for v, l, c in streams], cont("150,150,150,255")),
      labeling("container_id", 0, 1000, size=7, color="60,60,60,255"), min_scale=40000,
      comment="Containers categorized by waste stream (French lid colours, earthy tones); sized on the ground, hidden beyond 1:40,000."), PT)
def rnd(color, offset=0):
    # thin and translucent so that rounds recede behind the containers they serve; each stream
    # offset to its own side of the street centre line, so rounds sharing a street stay apart
    return symbol("line", "__NAME__", [line_layer(color.rsplit(",", 1)[0] + ",140", 0.3, offset=offset)])
round_offsets = {"household": 0, "recycling": 0.45, "glass": -0.45, "biowaste": 0.9, "paper": -0.9}
write("waste", "rounds", document(categorized("stream", [(v, l, rnd(c, round_offsets[v])) for v, l, c in streams], rnd("150,150,150,255")),
      labeling("name", 3, 5000, size=8, color="60,45,30,255"), min_scale=15000,
      comment="Collection rounds along the streets, thin translucent lines coloured by stream and offset by stream, from 1:15,000 (street and district scale); names along the line at 1:5,000."), LN)

# ---------------- energy
def centroid_marker(color):
    """A marker on the surface of each polygon, so that small footprints stay visible
    at département scale (a 26 m town hall is a speck at 1:300,000)."""
    sub = symbol("marker", "@__NAME__@1", [marker_layer("circle", color, "84,39,143,255", 1.8, 0.3)]).replace("\n      ", "\n          ")
    return f'''
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">{props({
            "clip_on_current_part_only": "0", "clip_points": "0", "point_on_all_parts": "1", "point_on_surface": "1"})}{DDP}{sub}
        </layer>'''

def bld(color):
    return symbol("fill", "__NAME__", [fill_layer(color, "84,39,143,255", 0.4), centroid_marker(color)])
classes = [("A", "A (≤ 70 kWh/m²/yr)", "0,156,109,255"), ("B", "B (71 – 110)", "82,177,83,255"), ("C", "C (111 – 180)", "120,189,118,255"),
           ("D", "D (181 – 250)", "244,231,15,255"), ("E", "E (251 – 330)", "240,181,15,255"), ("F", "F (331 – 420)", "235,130,53,255"),
           ("G", "G (> 420)", "215,34,31,255")]
write("energy", "buildings", document(categorized("energy_class", [(v, l, bld(c)) for v, l, c in classes], bld("200,200,200,255")),
      labeling("name", 1, 6000, size=8, color="63,0,125,255", bold=True, buffer="255,255,255,200"),
      comment="Public buildings coloured by energy class (French DPE scale), purple outlines; names at 1:6,000."), PG)
def meter(color, shape="circle"):
    return symbol("marker", "__NAME__", [marker_layer(shape, color, W, 2.2, 0.3)])
energies = [("electricity", "Electricity", meter("122,1,119,255", "diamond")), ("gas", "Gas", meter("203,24,29,255")),
            ("heat", "Heat", meter("241,105,19,255", "triangle")), ("water", "Water", meter("33,113,181,255"))]
write("energy", "meters", document(categorized("energy", energies, meter("150,150,150,255")),
      labeling("meter_id", 0, 2000, size=7, color="63,0,125,255"), min_scale=15000,
      comment="Meters categorized by energy carrier; hidden beyond 1:15,000."), PT)
print("ok")
