#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Fill translations/vigie_fr.ts and vigie_en.ts after lupdate.

English: every translation is its source text (numerus: "(s)" gives the singular and plural forms).
French: the hand-written FR dictionary below, by context; COMMON serves every context.

Usage (from the repository root):
  tools/translations.py refresh   run lupdate (Qt 5, then Qt 6: they put a few strings in different
                                  contexts, and the committed files must satisfy both), then fill
  tools/translations.py fill      write the translations into both .ts files
  tools/translations.py missing   print the French messages that have no translation, as dict lines
Python 3 standard library only. The output keeps lupdate's own layout, so lupdate rewrites it unchanged.
"""

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, 'translations')


def protect(text):
    """lupdate's escaping (ts.cpp protect()): XML entities, control characters as <byte/>."""
    out = []
    for ch in text:
        c = ord(ch)
        if ch == '"':
            out.append('&quot;')
        elif ch == '&':
            out.append('&amp;')
        elif ch == '>':
            out.append('&gt;')
        elif ch == '<':
            out.append('&lt;')
        elif ch == "'":
            out.append('&apos;')
        elif (c < 0x20 or (c > 0x7f and ch.isspace())) and ch not in '\n\t':
            out.append('<byte value="x%x"/>' % c)
        else:
            out.append(ch)
    return ''.join(out)


def element_text(element):
    """Text of an element, <byte value="xNN"/> children turned back into characters."""
    parts = [element.text or '']
    for child in element:
        if child.tag == 'byte':
            parts.append(chr(int(child.get('value').lstrip('x'), 16)))
        parts.append(child.tail or '')
    return ''.join(parts)


class Message:
    def __init__(self, element):
        self.numerus = element.get('numerus') == 'yes'
        self.source = element_text(element.find('source'))
        self.others = []  # (tag, attributes, text) of the elements lupdate writes besides source/translation
        for child in element:
            if child.tag not in ('source', 'translation'):
                self.others.append((child.tag, dict(child.attrib), element_text(child)))
        translation = element.find('translation')
        self.type = translation.get('type', '') if translation is not None else 'unfinished'
        if self.numerus:
            self.forms = [element_text(f) for f in translation.findall('numerusform')] if translation is not None else []
            self.text = ''
        else:
            self.forms = []
            self.text = element_text(translation) if translation is not None else ''


def read_ts(path):
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = []
    for context in root.findall('context'):
        name = element_text(context.find('name'))
        contexts.append((name, [Message(m) for m in context.findall('message')]))
    return root.attrib, contexts


def write_ts(path, attributes, contexts):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>']
    attrs = ''.join(' %s="%s"' % (k, protect(v)) for k, v in [('version', attributes.get('version', '2.1')),
                                                              ('language', attributes.get('language', '')),
                                                              ('sourcelanguage', attributes.get('sourcelanguage'))] if v)
    lines.append('<TS%s>' % attrs)
    for name, messages in contexts:
        lines.append('<context>')
        lines.append('    <name>%s</name>' % protect(name))
        for m in messages:
            lines.append('    <message numerus="yes">' if m.numerus else '    <message>')
            for tag, attrib, text in m.others:
                if tag == 'location':
                    lines.append('        <location%s/>' % ''.join(' %s="%s"' % (k, protect(v)) for k, v in attrib.items()))
            lines.append('        <source>%s</source>' % protect(m.source))
            for tag, attrib, text in m.others:
                if tag in ('comment', 'oldsource', 'oldcomment', 'extracomment', 'translatorcomment'):
                    lines.append('        <%s>%s</%s>' % (tag, protect(text), tag))
            type_attr = ' type="%s"' % m.type if m.type else ''
            if m.numerus:
                lines.append('        <translation%s>' % type_attr)
                for form in m.forms:
                    lines.append('            <numerusform>%s</numerusform>' % protect(form))
                lines.append('        </translation>')
            else:
                lines.append('        <translation%s>%s</translation>' % (type_attr, protect(m.text)))
            lines.append('    </message>')
        lines.append('</context>')
    lines.append('</TS>')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


def english_forms(source):
    """'%n feature(s) at %1' -> ['%n feature at %1', '%n features at %1']."""
    return [re.sub(r'\(s\)', '', source), re.sub(r'\(s\)', 's', source)]


def french(context, source):
    value = FR.get(context, {}).get(source)
    if value is None:
        value = COMMON.get(source)
    if value is None:  # the same text under another context (Qt 5 and Qt 6 lupdate may disagree on it)
        value = next((texts[source] for texts in FR.values() if source in texts), None)
    return value


LUPDATE = [os.environ.get('VIGIE_LUPDATE_QT5', '/usr/lib/qt5/bin/lupdate'),
           os.environ.get('VIGIE_LUPDATE_QT6', '/usr/lib/qt6/bin/lupdate')]
LUPDATE_ARGS = ['-silent', '-locations', 'none', '-extensions', 'cpp,h', 'app', 'modules', 'plugins']


def run_lupdate(executable, extra, ts_files):
    # lupdate's warnings (tr() without context...) go to stderr; they are the sources' business
    subprocess.run([executable] + LUPDATE_ARGS[:1] + extra + LUPDATE_ARGS[1:] + ['-ts'] + ts_files,
                   cwd=ROOT, check=True, stderr=subprocess.DEVNULL)


def refresh():
    paths = [os.path.join(TS_DIR, 'vigie_%s.ts' % language) for language in ('fr', 'en')]
    tools = [t for t in LUPDATE if os.path.exists(t)]
    run_lupdate(tools[0], ['-no-obsolete'], paths)
    for tool in tools[1:]:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = os.path.join(tmp, 'fresh.ts')
            run_lupdate(tool, [], [fresh])
            _, extracted = read_ts(fresh)
        for path in paths:
            attributes, contexts = read_ts(path)
            known = {(name, m.source) for name, messages in contexts for m in messages}
            added = 0
            for name, messages in extracted:
                for m in messages:
                    if (name, m.source) in known:
                        continue
                    target = next((c for c in contexts if c[0] == name), None)
                    if target is None:
                        target = (name, [])
                        contexts.append(target)
                        contexts.sort(key=lambda c: c[0])
                    target[1].append(m)
                    added += 1
            if added:
                write_ts(path, attributes, contexts)
                print('%s: %d message(s) added from %s' % (path, added, tool))
    return fill()


def placeholders(text):
    return sorted(set(re.findall(r'%(?:\d+|n)', text)))


def fill():
    problems = []
    for language in ('en', 'fr'):
        path = os.path.join(TS_DIR, 'vigie_%s.ts' % language)
        attributes, contexts = read_ts(path)
        done = total = 0
        for name, messages in contexts:
            for m in messages:
                if m.type in ('obsolete', 'vanished'):
                    continue
                total += 1
                if language == 'en':
                    value = english_forms(m.source) if m.numerus else m.source
                else:
                    value = french(name, m.source)
                    if value is None:
                        continue
                if m.numerus:
                    forms = list(value) if isinstance(value, (tuple, list)) else [value, value]
                    if len(forms) != 2 or not all(forms):
                        problems.append('%s [%s] %r: needs 2 forms' % (language, name, m.source))
                        continue
                    m.forms = forms
                else:
                    if not isinstance(value, str) or not value:
                        problems.append('%s [%s] %r: not a string' % (language, name, m.source))
                        continue
                    if placeholders(value) != placeholders(m.source):
                        problems.append('%s [%s] %r: placeholders differ in %r' % (language, name, m.source, value))
                        continue
                    if ('&' in re.sub(r'&&', '', m.source)) and not re.search(r'&[^&\s]', value) and re.search(r'&[^&\s]', m.source):
                        problems.append('%s [%s] %r: accelerator lost in %r' % (language, name, m.source, value))
                    if m.source[:1] == ' ' and value[:1] != ' ' or m.source.endswith(' ') and not value.endswith(' '):
                        problems.append('%s [%s] %r: leading/trailing space lost in %r' % (language, name, m.source, value))
                    m.text = value
                m.type = ''
                done += 1
        write_ts(path, attributes, contexts)
        print('%s: %d/%d messages translated' % (path, done, total))
    for p in problems:
        print('problem:', p)
    return 1 if problems else 0


def missing():
    attributes, contexts = read_ts(os.path.join(TS_DIR, 'vigie_fr.ts'))
    count = 0
    for name, messages in contexts:
        lines = [m for m in messages if m.type not in ('obsolete', 'vanished') and french(name, m.source) is None]
        if lines:
            print('# %s' % name)
            for m in lines:
                print('    %r: %s,' % (m.source, "('', '')" if m.numerus else "''"))
                count += 1
    print('# %d missing' % count)
    return 0



# ---------------------------------------------------------------------------------------------
# French translations. COMMON: texts that read the same in every context.
# Quotes: « » around values; a plain space before « : ; ? ! » (no non-breaking space, which
# lupdate would store as <byte/>).
# ---------------------------------------------------------------------------------------------

COMMON = {
    'Territory': 'Territoire',
    'Name': 'Nom',
    'Field': 'Champ',
    'Street': 'Voie',
    'Simulated attributes': 'Attributs simulés',
    'Length (m)': 'Longueur (m)',
    'Communes': 'Communes',
    'Browse…': 'Parcourir…',
    'Territory (*.gpkg)': 'Territoire (*.gpkg)',
    'Import': 'Importer',
    'Source fields not imported: %1': 'Champs sources non importés : %1',
    'Vigie': 'Vigie',
    '%1: %2': '%1 : %2',
    '%1:%2: %3': '%1:%2 : %3',
    '%1: cannot open: %2': '%1 : ouverture impossible : %2',
}

FR = {}

FR['QObject'] = {
    'yes': 'oui',
    'no': 'non',
    'Location': 'Emplacement',
    'generated': 'généré',
}

FR['vigie'] = {
    'Import cancelled': 'Import annulé',
    "Try 'vigie --help'.": 'Essayez « vigie --help ».',
    'no territory to render': 'aucun territoire à afficher',
    'Invalid image size %1×%2 or resolution %3 dpi.': "Taille d'image %1×%2 ou résolution %3 ppp non valide.",
    'Nothing to render: no visible layer or an empty extent.': 'Rien à afficher : aucune couche visible ou emprise vide.',
    'The QGIS renderer produced no image.': "Le moteur de rendu de QGIS n'a produit aucune image.",
    'QGIS cannot start before its application object exists.': "QGIS ne peut pas démarrer avant la création de son objet application.",
    'The QGIS OGR data provider is not available (QGIS prefix %1, plugins %2).':
        "Le fournisseur de données OGR de QGIS n'est pas disponible (préfixe QGIS %1, extensions %2).",
    'style of layer %1, line %2: %3': 'style de la couche %1, ligne %2 : %3',
    'style of layer %1: %2': 'style de la couche %1 : %2',
    "%1: the territory CRS '%2' is not known to PROJ.": '%1 : le SCR du territoire « %2 » est inconnu de PROJ.',
    '%1: layer %2 (table %3) cannot be read by QGIS: %4': '%1 : la couche %2 (table %3) ne peut pas être lue par QGIS : %4',
    'unknown language "%1" (available: %2)': 'langue « %1 » inconnue (disponibles : %2)',
    '%1 needs at least %2 values, found %3': '%1 nécessite au moins %2 valeurs (nombre trouvé : %3)',
    'bad number "%1" for %2 of %3': 'nombre « %1 » incorrect pour %2 de %3',
    'duplicate node id "%1"': 'identifiant de nœud « %1 » en double',
    'duplicate link id "%1"': "identifiant d'arc « %1 » en double",
    'link "%1" refers to unknown node "%2"': "l'arc « %1 » fait référence au nœud inconnu « %2 »",
    'link "%1" starts and ends at the same node "%2"': "l'arc « %1 » commence et se termine au même nœud « %2 »",
    'a junction': 'une jonction',
    'a reservoir': 'un réservoir',
    'a tank': "un château d'eau",
    'tank "%1": overflow must be YES or NO, not "%2"': "château d'eau « %1 » : le débordement doit valoir YES ou NO, et non « %2 »",
    'tank "%1": levels must satisfy minimum <= initial <= maximum':
        "château d'eau « %1 » : les niveaux doivent respecter minimum <= initial <= maximum",
    'a pipe': 'une canalisation',
    'pipe "%1": unknown status "%2" (expected OPEN, CLOSED or CV)':
        'canalisation « %1 » : état « %2 » inconnu (attendu : OPEN, CLOSED ou CV)',
    'pipe "%1": length, diameter and roughness must be positive':
        'canalisation « %1 » : la longueur, le diamètre et la rugosité doivent être positifs',
    'a pump': 'une pompe',
    'pump "%1": keyword %2 has no value': "pompe « %1 » : le mot-clé %2 n'a pas de valeur",
    'pump "%1": unknown keyword "%2" (expected HEAD, POWER, SPEED or PATTERN)':
        'pompe « %1 » : mot-clé « %2 » inconnu (attendu : HEAD, POWER, SPEED ou PATTERN)',
    'pump "%1" has neither a HEAD curve nor a POWER': "la pompe « %1 » n'a ni courbe HEAD ni puissance POWER",
    'a valve': 'une vanne',
    'valve "%1": unknown type "%2" (expected PRV, PSV, PBV, FCV, TCV or GPV)':
        'vanne « %1 » : type « %2 » inconnu (attendu : PRV, PSV, PBV, FCV, TCV ou GPV)',
    'a coordinate': 'une coordonnée',
    'coordinates given for unknown node "%1"': 'coordonnées données pour un nœud inconnu « %1 »',
    'duplicate coordinates for node "%1"': 'coordonnées en double pour le nœud « %1 »',
    'a vertex': 'un sommet',
    'vertex given for unknown link "%1"': 'sommet donné pour un arc inconnu « %1 »',
    'unknown flow units "%1" (expected CFS, GPM, MGD, IMGD, AFD, LPS, LPM, MLD, CMH or CMD)':
        'unités de débit « %1 » inconnues (attendu : CFS, GPM, MGD, IMGD, AFD, LPS, LPM, MLD, CMH ou CMD)',
    'unknown head-loss formula "%1" (expected H-W, D-W or C-M)':
        'formule de perte de charge « %1 » inconnue (attendu : H-W, D-W ou C-M)',
    'section header "%1" has no closing bracket': "l'en-tête de section « %1 » n'a pas de crochet fermant",
    'data outside of any section: "%1"': 'données hors de toute section : « %1 »',
    'missing section [JUNCTIONS] (no [JUNCTIONS], [RESERVOIRS] or [TANKS]: the network has no node)':
        "section [JUNCTIONS] manquante (ni [JUNCTIONS], ni [RESERVOIRS], ni [TANKS] : le réseau n'a aucun nœud)",
    'missing section [PIPES] (no [PIPES], [PUMPS] or [VALVES]: the network has no link)':
        "section [PIPES] manquante (ni [PIPES], ni [PUMPS], ni [VALVES] : le réseau n'a aucun arc)",
    'the network has no node': "le réseau n'a aucun nœud",
    '%1: not an EPANET input file (binary content)': "%1 : ce n'est pas un fichier d'entrée EPANET (contenu binaire)",
    '%1: cannot read: %2': '%1 : lecture impossible : %2',
    '%1: no transformation to %2: %3': '%1 : aucune transformation vers %2 : %3',
    '%1, feature %2: reprojection failed: %3': '%1, entité %2 : échec de la reprojection : %3',
    '%1, feature %2: %3': '%1, entité %2 : %3',
    '%1, line %2: %3 columns, expected %4': '%1, ligne %2 : %3 colonnes au lieu de %4',
    '%1: empty file': '%1 : fichier vide',
    '%1: column %2 is missing': '%1 : la colonne %2 est manquante',
    'montpellier: commune boundary': 'montpellier : limite communale',
    'montpellier: districts': 'montpellier : quartiers',
    'montpellier: traffic counts': 'montpellier : comptages routiers',
    'montpellier: streets': 'montpellier : voies',
    'montpellier: %1 streets, %2 with a traffic count': 'montpellier : %1 voies, dont %2 avec un comptage routier',
    'finistere: communes': 'finistere : communes',
    "unknown demo '%1' (known: %2)": 'démo « %1 » inconnue (démos connues : %2)',
    '%1 already exists; a demo is never built over an existing file':
        "%1 existe déjà ; une démo n'est jamais construite par-dessus un fichier existant",
    'demo source folder %1 does not exist': "le dossier source de la démo %1 n'existe pas",
    'Demo territory built from the Montpellier open data (Licence Ouverte)':
        'Territoire de démonstration construit à partir des données ouvertes de Montpellier (Licence Ouverte)',
    'no commune in the Finistère source': 'aucune commune dans la source du Finistère',
    'Demo territory of the 279 communes of the Finistère département':
        'Territoire de démonstration des 279 communes du département du Finistère',
    'building demo %1 into %2': 'construction de la démo %1 dans %2',
    '%1: assets of %2': '%1 : équipements de %2',
    'plugin %1: %2': 'extension %1 : %2',
    'demo build failed': 'échec de la construction de la démo',
    'demo %1 not built: %2': 'démo %1 non construite : %2',
    '%1: cannot move the built demo into place': '%1 : impossible de mettre en place la démo construite',
    'demo %1 built: %2': 'démo %1 construite : %2',
    '%1 does not exist': "%1 n'existe pas",
    '%1: not a vector data source GDAL can read: %2': "%1 : ce n'est pas une source de données vecteur lisible par GDAL : %2",
    'row %1: %2': 'ligne %1 : %2',
    "row %1, field '%2': %3": 'ligne %1, champ « %2 » : %3',
    '%1 is open read-only': '%1 est ouvert en lecture seule',
    "the territory has no layer '%1'": "le territoire n'a pas de couche « %1 »",
    'the territory has no table %1': "le territoire n'a pas de table %1",
    "%1 has no layer '%2' (layers: %3)": "%1 n'a pas de couche « %2 » (couches : %3)",
    "field map: %1 has no field '%2' (fields: %3)": "correspondance des champs : %1 n'a pas de champ « %2 » (champs : %3)",
    "field map: layer %1 has no field '%2'": "correspondance des champs : la couche %1 n'a pas de champ « %2 »",
    "field map: field '%1' of layer %2 is mapped twice":
        'correspondance des champs : le champ « %1 » de la couche %2 est associé deux fois',
    "field '%1' of layer %2 is required but no source field maps to it":
        "le champ « %1 » de la couche %2 est obligatoire mais aucun champ source ne lui est associé",
    'territory CRS: %1': 'SCR du territoire : %1',
    'source CRS: %1': 'SCR de la source : %1',
    'no coordinate transformation from the source CRS to %1: %2':
        'aucune transformation de coordonnées du SCR de la source vers %1 : %2',
    '%1: cannot start a transaction: %2': '%1 : impossible de démarrer une transaction : %2',
    'no geometry': 'aucune géométrie',
    'reprojection failed: %1': 'échec de la reprojection : %1',
    'invalid geometry': 'géométrie non valide',
    'invalid geometry: %1': 'géométrie non valide : %1',
    'import of %1 cancelled at row %2; nothing imported': "import de %1 annulé à la ligne %2 ; rien n'a été importé",
    '%1 more issues not listed': '%1 autres problèmes non listés',
    '%1: %2 issues, nothing imported (first: %3)': "%1 : %2 problèmes, rien n'a été importé (premier : %3)",
    'import of %1 cancelled; nothing imported': "import de %1 annulé ; rien n'a été importé",
    '%1: cannot commit: %2': "%1 : impossible d'enregistrer la transaction : %2",
    'imported %1 features from %2 into %3 (%4 skipped)': '%1 entités importées de %2 dans %3 (%4 ignorées)',
    "%1: unsupported export format '%2' (use .gpkg, .geojson or .shp)":
        "%1 : format d'export « %2 » non pris en charge (utilisez .gpkg, .geojson ou .shp)",
    '%1: the folder does not exist': "%1 : le dossier n'existe pas",
    '%1: cannot export a layer over its own territory': "%1 : impossible d'exporter une couche par-dessus son propre territoire",
    '%1: export failed: %2': "%1 : échec de l'export : %2",
    '%1: cannot move the export into place: %2': '%1 : impossible de mettre en place le fichier exporté : %2',
    'exported %1 to %2': 'couche %1 exportée vers %2',
    'unknown GDAL error': 'erreur GDAL inconnue',
    'no CRS given': 'aucun SCR indiqué',
    "invalid CRS '%1': %2": 'SCR « %1 » non valide : %2',
    'cannot create layer %1: %2': 'impossible de créer la couche %1 : %2',
    'cannot create field %1 of layer %2: %3': 'impossible de créer le champ %1 de la couche %2 : %3',
    'geometry type %1 does not fit a %2 layer': 'le type de géométrie %1 ne convient pas à une couche %2',
    'a value is required': 'une valeur est obligatoire',
    "'%1' is not an integer": "« %1 » n'est pas un nombre entier",
    "'%1' is out of the 32-bit integer range": '« %1 » sort de la plage des entiers 32 bits',
    "'%1' is not a number": "« %1 » n'est pas un nombre",
    "'%1' is not a boolean (true/false, yes/no, 1/0)": "« %1 » n'est pas un booléen (true/false, yes/no, oui/non, 1/0)",
    "'%1' is not a date (YYYY-MM-DD)": "« %1 » n'est pas une date (AAAA-MM-JJ)",
    "'%1' is not a date and time (ISO 8601)": "« %1 » n'est pas une date et heure (ISO 8601)",
    "'%1' is longer than %2 characters": '« %1 » dépasse %2 caractères',
    '%1: not a GeoPackage or corrupt: %2': "%1 : ce n'est pas un GeoPackage, ou il est corrompu : %2",
    'integrity check: %1': "contrôle d'intégrité : %1",
    'integrity check failed': "échec du contrôle d'intégrité",
    'no GeoPackage tables (gpkg_contents, gpkg_spatial_ref_sys)': 'aucune table GeoPackage (gpkg_contents, gpkg_spatial_ref_sys)',
    '%1 is a GeoPackage but not a Vigie territory': "%1 est un GeoPackage mais pas un territoire Vigie",
    "%1: vigie_schema has no row for component '%2'": "%1 : vigie_schema n'a pas de ligne pour le composant « %2 »",
    "%1: component '%2' (schema %3) has no loaded plugin; its layers are kept but not shown":
        "%1 : aucune extension chargée pour le composant « %2 » (schéma %3) ; ses couches sont conservées mais non affichées",
    '%1 was written by a newer Vigie (component %2 schema %3, this version supports %4)':
        '%1 a été écrit par une version plus récente de Vigie (composant %2, schéma %3 ; cette version gère %4)',
    'SQL failed (%1): %2': 'échec SQL (%1) : %2',
    '%1: cannot open the GeoPackage: %2': "%1 : impossible d'ouvrir le GeoPackage : %2",
    'plugin %1 declares schema %2 but has no migration to version %3':
        "l'extension %1 déclare le schéma %2 mais n'a pas de migration vers la version %3",
    'migration of %1 to schema %2 (%3) failed: %4': 'échec de la migration de %1 vers le schéma %2 (%3) : %4',
    '%1: migrated %2 to schema %3 (%4)': '%1 : %2 migré vers le schéma %3 (%4)',
    '%1: added the layers of %2': '%1 : couches de %2 ajoutées',
    'cannot commit: %1': "impossible d'enregistrer la transaction : %1",
    'INSEE code': 'Code INSEE',
    'Districts': 'Quartiers',
    'Code': 'Code',
    'Streets': 'Voies',
    'Street segment id': 'Identifiant du tronçon de voie',
    'Street code': 'Code de la voie',
    'Road type': 'Type de voie',
    'One way': 'Sens unique',
    'Speed limit (km/h)': 'Vitesse maximale autorisée (km/h)',
    'Traffic (vehicles/day)': 'Trafic (véhicules/jour)',
    'Morning peak hour (vehicles)': 'Heure de pointe du matin (véhicules)',
    'Evening peak hour (vehicles)': 'Heure de pointe du soir (véhicules)',
    'Count year': 'Année du comptage',
    'Traffic source': 'Source du comptage',
    '%1 already exists; a territory is never overwritten': "%1 existe déjà ; un territoire n'est jamais écrasé",
    'the GDAL GeoPackage driver is not available': "le pilote GeoPackage de GDAL n'est pas disponible",
    '%1: cannot create the GeoPackage: %2': '%1 : impossible de créer le GeoPackage : %2',
    'cannot start a transaction: %1': 'impossible de démarrer une transaction : %1',
    'layer %1 of plugin %2 is declared twice': "la couche %1 de l'extension %2 est déclarée deux fois",
    'created territory %1 (%2)': 'territoire %1 créé (%2)',
    '%1 is not a file': "%1 n'est pas un fichier",
    '%1 opened read-only: schema migrations and new plugin layers are not applied':
        '%1 ouvert en lecture seule : les migrations de schéma et les nouvelles couches des extensions ne sont pas appliquées',
    '%1: base layer %2 is missing': '%1 : la couche de base %2 est manquante',
    "vigie_territory: metadata '%1' is missing": 'vigie_territory : la métadonnée « %1 » est manquante',
    'vigie_territory: %1': 'vigie_territory : %1',
    'layer %1: missing (table %2)': 'couche %1 : manquante (table %2)',
    'layer %1: geometry type %2, expected %3': 'couche %1 : type de géométrie %2 au lieu de %3',
    "layer %1: field '%2' is missing": 'couche %1 : le champ « %2 » est manquant',
    "layer %1: field '%2' has type %3, expected %4": 'couche %1 : le champ « %2 » est de type %3 au lieu de %4',
    'layer %1, fid %2: %3': 'couche %1, fid %2 : %3',
    'layer %1: %2 more invalid geometries': 'couche %1 : %2 autres géométries non valides',
    '%1: the CRS of an existing territory cannot be changed (%2 -> %3)':
        "%1 : le SCR d'un territoire existant ne peut pas être modifié (%2 -> %3)",
    '%1: no layer %2': '%1 : pas de couche %2',
    '%1: reading %2: %3': '%1 : lecture de %2 : %3',
    'layer %1, feature %2: %3': 'couche %1, entité %2 : %3',
    'the layer has no geometry': "la couche n'a pas de géométrie",
    'unreadable WKB geometry': 'géométrie WKB illisible',
    "layer has no field '%1'": "la couche n'a pas de champ « %1 »",
    "field '%1': %2": 'champ « %1 » : %2',
    "field '%1': a value is required": 'champ « %1 » : une valeur est obligatoire',
    'a bookmark needs a name': 'un signet doit avoir un nom',
    '%1: lighting source data not found': "%1 : données sources de l'éclairage public introuvables",
    '%1: cannot open as a vector data set: %2': "%1 : impossible d'ouvrir comme jeu de données vecteur : %2",
    '%1: layer %2 has no field "type_lante"': "%1 : la couche %2 n'a pas de champ « type_lante »",
    'unknown territory CRS "%1"': 'SCR du territoire « %1 » inconnu',
    '%1: cannot transform to the territory CRS %2': '%1 : impossible de transformer vers le SCR du territoire %2',
    '%1: feature %2 cannot be transformed to %3': "%1 : l'entité %2 ne peut pas être transformée vers %3",
    '%1 given for unknown junction "%2"': '%1 pour une jonction inconnue « %2 »',
}

FR['vigie::AppOptions'] = {
    "--lang: unknown language '%1' (expected fr or en)": '--lang : langue « %1 » inconnue (attendu : fr ou en)',
    'Too many arguments: %1 (one territory file expected)': "Trop d'arguments : %1 (un seul fichier de territoire attendu)",
}

FR['vigie::AttributePanel'] = {
    'Value': 'Valeur',
    '<i>Italic values marked “simulated”</i> were generated for the demonstration: they are not measured data.':
        '<i>Les valeurs en italique marquées « simulé »</i> ont été générées pour la démonstration : ce ne sont pas des données mesurées.',
    'Choose the Identify tool and click a feature on the map.':
        "Choisissez l'outil « Identifier des entités » et cliquez sur une entité de la carte.",
    'No feature at %1.': 'Aucune entité au point %1.',
    '%n feature(s) at %1': ('%n entité au point %1', '%n entités au point %1'),
    '%1 (simulated)': '%1 (simulé)',
    'Simulated value: generated for the demonstration, not measured': 'Valeur simulée : générée pour la démonstration, non mesurée',
    'No value': 'Aucune valeur',
}

FR['vigie::BookmarksPanel'] = {
    'Add a bookmark for the current view': 'Ajouter un signet pour la vue actuelle',
    'Zoom to the selected bookmark': 'Zoomer sur le signet sélectionné',
    'Rename the selected bookmark': 'Renommer le signet sélectionné',
    'Remove the selected bookmark': 'Supprimer le signet sélectionné',
    'Double-click to zoom; press F2 to rename': 'Double-cliquez pour zoomer ; appuyez sur F2 pour renommer',
}

FR['vigie::Cli'] = {
    'Shows this help.': 'Affiche cette aide.',
    'Shows the Vigie version.': 'Affiche la version de Vigie.',
    'Machine-readable JSON output on stdout.': 'Sortie JSON lisible par une machine sur stdout.',
    "Language of the messages: fr or en (default: the system's).": 'Langue des messages : fr ou en (par défaut : celle du système).',
    'LANG': 'LANGUE',
    'Also load domain plugins from this folder.': 'Charge aussi les extensions métier de ce dossier.',
    'DIR': 'DOSSIER',
    'Exit codes:': 'Codes de sortie :',
    'success': 'succès',
    'the command failed, validation found problems, or an import was rolled back':
        "la commande a échoué, la validation a trouvé des problèmes ou un import a été annulé",
    'usage error: unknown command or option, missing or invalid argument':
        "erreur d'utilisation : commande ou option inconnue, argument manquant ou non valide",
    'an input file cannot be opened: missing, unreadable, corrupt, not a territory, or from a newer Vigie':
        "un fichier d'entrée ne peut pas être ouvert : absent, illisible, corrompu, pas un territoire ou issu d'une version plus récente de Vigie",
    'import committed with --skip-invalid, but some rows were skipped (they are listed)':
        'import enregistré avec --skip-invalid, mais des lignes ont été ignorées (elles sont listées)',
    'Usage: %1 [global options] COMMAND [options] [arguments]': 'Utilisation : %1 [options globales] COMMANDE [options] [arguments]',
    "Vigie command-line tool: territory files, import, export, map rendering and the domain plugins' commands.":
        'Outil en ligne de commande de Vigie : fichiers de territoire, import, export, rendu cartographique et commandes des extensions métier.',
    'Commands:': 'Commandes :',
    'Global options:': 'Options globales :',
    'machine-readable JSON output on stdout': 'sortie JSON lisible par une machine sur stdout',
    "language of the messages (default: the system's)": 'langue des messages (par défaut : celle du système)',
    'also load domain plugins from DIR': 'charge aussi les extensions métier de DIR',
    'this help; COMMAND --help or help COMMAND for a command': "cette aide ; COMMANDE --help ou help COMMANDE pour l'aide d'une commande",
    'the Vigie version': 'la version de Vigie',
    'Usage: %1 %2 [options] %3': 'Utilisation : %1 %2 [options] %3',
    "Run '%1 --help' for usage.": "Lancez « %1 --help » pour afficher l'aide.",
    'missing argument %1.': 'argument %1 manquant.',
    "unexpected argument '%1'.": 'argument inattendu « %1 ».',
    '--plugins: folder %1 does not exist.': "--plugins : le dossier %1 n'existe pas.",
    "unknown command '%1'.": 'commande « %1 » inconnue.',
    'missing subcommand: create, info or validate.': 'sous-commande manquante : create, info ou validate.',
    'OUT.gpkg': 'SORTIE.gpkg',
    'Creates a territory file, empty or one of the demo territories.':
        "Crée un fichier de territoire, vide ou à partir de l'un des territoires de démonstration.",
    "With --demo, builds a demo territory (montpellier or finistere) from the public data shipped with Vigie.\n"
    "Otherwise creates an empty territory named by --name, with every loaded domain's layers.\n"
    "Refuses to overwrite an existing file.":
        "Avec --demo, construit un territoire de démonstration (montpellier ou finistere) à partir des données publiques fournies avec Vigie.\n"
        "Sinon, crée un territoire vide nommé par --name, avec les couches de chaque domaine chargé.\n"
        "Refuse d'écraser un fichier existant.",
    'Builds this demo territory: montpellier or finistere.': 'Construit ce territoire de démonstration : montpellier ou finistere.',
    'NAME': 'NOM',
    'Folder of the demo source data (default: the installed one).': 'Dossier des données sources de la démo (par défaut : celui installé).',
    'Name of the new territory.': 'Nom du nouveau territoire.',
    'Coordinate reference system, e.g. EPSG:2154 (the default).': 'Système de coordonnées de référence, p. ex. EPSG:2154 (par défaut).',
    'CRS': 'SCR',
    'INSEE codes of the communes covered, comma-separated.': 'Codes INSEE des communes couvertes, séparés par des virgules.',
    'CODES': 'CODES',
    'Free text describing the territory.': 'Texte libre décrivant le territoire.',
    'TEXT': 'TEXTE',
    'TERRITORY': 'TERRITOIRE',
    "Shows a territory's metadata, schema versions and layers with their feature counts.":
        "Affiche les métadonnées d'un territoire, ses versions de schéma et ses couches avec leur nombre d'entités.",
    'Checks a territory without changing it; lists each problem (exit code 1 when there is one).':
        "Vérifie un territoire sans le modifier ; liste chaque problème (code de sortie 1 s'il y en a un).",
    'TERRITORY SOURCE': 'TERRITOIRE SOURCE',
    'Imports a GDAL vector source into a territory layer, in one transaction.':
        "Importe une source vecteur GDAL dans une couche du territoire, en une seule transaction.",
    'SOURCE is anything GDAL reads: GeoPackage, GeoJSON, Shapefile, CSV with coordinates, FlatGeobuf...\n'
    'Features are reprojected to the territory CRS and their fields mapped by name or by --field-map.\n'
    'A bad feature rolls the whole import back (exit code 1); with --skip-invalid it is skipped and\n'
    'listed with its source row, field and reason (exit code 4). Progress goes to stderr.':
        'SOURCE est tout ce que GDAL sait lire : GeoPackage, GeoJSON, Shapefile, CSV avec coordonnées, FlatGeobuf...\n'
        'Les entités sont reprojetées dans le SCR du territoire et leurs champs associés par nom ou par --field-map.\n'
        "Une entité incorrecte annule tout l'import (code de sortie 1) ; avec --skip-invalid, elle est ignorée et\n"
        'listée avec sa ligne source, son champ et la raison (code de sortie 4). La progression est écrite sur stderr.',
    'Target layer, as DOMAIN:LAYER (e.g. lighting:luminaires). Required.':
        'Couche cible, sous la forme DOMAINE:COUCHE (p. ex. lighting:luminaires). Obligatoire.',
    'DOMAIN:LAYER': 'DOMAINE:COUCHE',
    'Source to target field names, e.g. puissance=power_w,type=technology.':
        'Noms des champs source vers cible, p. ex. puissance=power_w,type=technology.',
    'SRC=DST,...': 'SRC=CIBLE,...',
    'Skip and list bad features instead of rolling back.': "Ignore et liste les entités incorrectes au lieu d'annuler l'import.",
    'Layer of the source to read (default: its first layer).': 'Couche de la source à lire (par défaut : sa première couche).',
    'CRS of the source when it has none or a wrong one (e.g. EPSG:4326).':
        "SCR de la source quand elle n'en a pas ou en a un faux (p. ex. EPSG:4326).",
    'TERRITORY OUT.(gpkg|geojson|shp)': 'TERRITOIRE SORTIE.(gpkg|geojson|shp)',
    'Exports a territory layer to GeoPackage, GeoJSON (EPSG:4326) or Shapefile, chosen by extension.':
        "Exporte une couche du territoire en GeoPackage, GeoJSON (EPSG:4326) ou Shapefile, selon l'extension.",
    'Layer to export, as DOMAIN:LAYER. Required.': 'Couche à exporter, sous la forme DOMAINE:COUCHE. Obligatoire.',
    'Renders the territory map with the domain styles to an image, through the QGIS renderer.':
        'Dessine la carte du territoire avec les styles des domaines dans une image, avec le moteur de rendu de QGIS.',
    'Runs without a display (offscreen) when none is available. The format follows the extension of --out (png, jpg, ...).':
        "Fonctionne sans écran (offscreen) quand aucun n'est disponible. Le format suit l'extension de --out (png, jpg, ...).",
    'Image file to write. Required.': 'Fichier image à écrire. Obligatoire.',
    'FILE': 'FICHIER',
    'Area to show, in the territory CRS (default: everything).': 'Zone à afficher, dans le SCR du territoire (par défaut : tout).',
    'XMIN,YMIN,XMAX,YMAX': 'XMIN,YMIN,XMAX,YMAX',
    'Image size in pixels (default: 1600x1000).': "Taille de l'image en pixels (par défaut : 1600x1000).",
    'WxH': 'LxH',
    'Resolution in dots per inch (default: 96).': 'Résolution en points par pouce (par défaut : 96).',
    'N': 'N',
    'Draws no labels.': "N'affiche aucune étiquette.",
    'Background colour, e.g. #ffffff (default: white).': 'Couleur de fond, p. ex. #ffffff (par défaut : blanc).',
    'COLOUR': 'COULEUR',
    'Lists the domain plugins found: loaded ones, and skipped ones with the reason.':
        'Liste les extensions métier trouvées : celles chargées, et celles ignorées avec la raison.',
    'Territory: %1': 'Territoire : %1',
    'File: %1': 'Fichier : %1',
    'CRS: %1': 'SCR : %1',
    'Description: %1': 'Description : %1',
    'Demo: %1': 'Démo : %1',
    'Communes: %1': 'Communes : %1',
    'Schema versions: %1': 'Versions de schéma : %1',
    'Extent: %1, %2, %3, %4': 'Emprise : %1, %2, %3, %4',
    'Layers:': 'Couches :',
    '%1 already exists: a territory is never overwritten; choose another name or remove it first.':
        "%1 existe déjà : un territoire n'est jamais écrasé ; choisissez un autre nom ou supprimez-le d'abord.",
    '--%1 cannot be used with --demo (the demo defines it).': '--%1 ne peut pas être utilisé avec --demo (la démo le définit).',
    "--demo: unknown demo '%1' (available: %2).": '--demo : démo « %1 » inconnue (disponibles : %2).',
    'The demo source folder %1 does not exist.': "Le dossier source de la démo %1 n'existe pas.",
    'Building the %1 demo territory into %2...': 'Construction du territoire de démonstration %1 dans %2...',
    'Cannot build the demo territory: %1': 'Impossible de construire le territoire de démonstration : %1',
    'Built in %1 s.': 'Construit en %1 s.',
    '--demo-source needs --demo.': '--demo-source nécessite --demo.',
    '--name is required without --demo.': '--name est obligatoire sans --demo.',
    "--crs: '%1' is not a coordinate reference system known to PROJ.":
        "--crs : « %1 » n'est pas un système de coordonnées de référence connu de PROJ.",
    "--communes: '%1' is not an INSEE commune code (5 characters, e.g. 34172).":
        "--communes : « %1 » n'est pas un code INSEE de commune (5 caractères, p. ex. 34172).",
    'Cannot create the territory: %1': 'Impossible de créer le territoire : %1',
    'Created %1': '%1 créé',
    '%1: valid.': '%1 : valide.',
    '%1: %n problem(s):': ('%1 : %n problème :', '%1 : %n problèmes :'),
    'SOURCE': 'SOURCE',
    '--layer DOMAIN:LAYER is required.': '--layer DOMAINE:COUCHE est obligatoire.',
    "--layer: '%1' is not of the form DOMAIN:LAYER (e.g. lighting:luminaires).":
        "--layer : « %1 » n'est pas de la forme DOMAINE:COUCHE (p. ex. lighting:luminaires).",
    "--field-map: '%1' is not of the form SOURCE=TARGET.": "--field-map : « %1 » n'est pas de la forme SOURCE=CIBLE.",
    "--field-map: source field '%1' is mapped twice.": '--field-map : le champ source « %1 » est associé deux fois.',
    "--source-crs: '%1' is not a coordinate reference system known to PROJ.":
        "--source-crs : « %1 » n'est pas un système de coordonnées de référence connu de PROJ.",
    '%1: no vector layer to import.': '%1 : aucune couche vecteur à importer.',
    "--source-layer: %1 has no layer '%2' (layers: %3).": "--source-layer : %1 n'a pas de couche « %2 » (couches : %3).",
    "--layer: %1 has no layer '%2' (layers: %3).": "--layer : %1 n'a pas de couche « %2 » (couches : %3).",
    "--field-map: layer %1 has no field '%2'.": "--field-map : la couche %1 n'a pas de champ « %2 ».",
    'Importing: %1%': 'Import : %1 %',
    'Imported %1 feature(s) into %2.': '%1 entité(s) importée(s) dans %2.',
    'Import rolled back, nothing was changed: %1': "Import annulé, rien n'a été modifié : %1",
    'Skipped %1 invalid feature(s):': '%1 entité(s) non valide(s) ignorée(s) :',
    '%1 invalid feature(s):': '%1 entité(s) non valide(s) :',
    'OUT': 'SORTIE',
    "%1: unknown output format '%2' (use .gpkg, .geojson or .shp).":
        '%1 : format de sortie « %2 » inconnu (utilisez .gpkg, .geojson ou .shp).',
    "--layer: %1 has no layer '%2'.": "--layer : %1 n'a pas de couche « %2 ».",
    'Export failed: %1': "Échec de l'export : %1",
    'Exported %1 feature(s) of %2 to %3.': '%1 entité(s) de %2 exportée(s) vers %3.',
    '--out FILE is required.': '--out FICHIER est obligatoire.',
    "--out: cannot write images of type '%1' (use .png or .jpg).":
        "--out : impossible d'écrire des images de type « %1 » (utilisez .png ou .jpg).",
    "--size: '%1' is not WIDTHxHEIGHT in pixels between 1 and 20000 (e.g. 1600x1000).":
        "--size : « %1 » n'est pas de la forme LARGEURxHAUTEUR en pixels entre 1 et 20000 (p. ex. 1600x1000).",
    "--dpi: '%1' is not a resolution between 1 and 2400.": "--dpi : « %1 » n'est pas une résolution entre 1 et 2400.",
    "--extent: '%1' is not a number.": "--extent : « %1 » n'est pas un nombre.",
    '--extent: expected 4 numbers XMIN,YMIN,XMAX,YMAX, got %1.': '--extent : 4 nombres XMIN,YMIN,XMAX,YMAX attendus, %1 reçus.',
    '--extent: XMIN must be less than XMAX and YMIN less than YMAX.':
        '--extent : XMIN doit être inférieur à XMAX et YMIN inférieur à YMAX.',
    "--background: '%1' is not a colour (e.g. #ffffff or white).": "--background : « %1 » n'est pas une couleur (p. ex. #ffffff ou white).",
    'Warning: %1': 'Avertissement : %1',
    'Cannot write %1.': "Impossible d'écrire %1.",
    'Rendered %1 (%2×%3 px) in %4 ms.': '%1 dessiné (%2×%3 px) en %4 ms.',
    'No domain plugin found in: %1': 'Aucune extension métier trouvée dans : %1',
    'loaded   %1 %2 (%3) - %4': 'chargée  %1 %2 (%3) - %4',
    'skipped  %1 - %2': 'ignorée  %1 - %2',
}

FR['vigie::EnergyPlugin'] = {
    'Energy': 'Énergie',
    'Public buildings': 'Bâtiments publics',
    'Building': 'Bâtiment',
    'Use': 'Usage',
    'Floor area (m²)': 'Surface de plancher (m²)',
    'Energy class': 'Classe énergétique',
    'Heating': 'Chauffage',
    'Year built': 'Année de construction',
    'Energy meters': "Compteurs d'énergie",
    'Meter': 'Compteur',
    'Unit': 'Unité',
}

FR['vigie::ImportDialog'] = {
    'Import into the territory': 'Importer dans le territoire',
    'GeoPackage, GeoJSON, Shapefile, CSV with coordinates, FlatGeobuf…':
        'GeoPackage, GeoJSON, Shapefile, CSV avec coordonnées, FlatGeobuf…',
    'Source file': 'Fichier source',
    'Source layer': 'Couche source',
    'Target layer': 'Couche cible',
    'Field mapping': 'Correspondance des champs',
    'Source field': 'Champ source',
    'Target field': 'Champ cible',
    'Fields are matched by name or title; choose another target field or “not imported” for each source field.':
        'Les champs sont associés par nom ou par titre ; choisissez un autre champ cible ou « non importé » pour chaque champ source.',
    'Options': 'Options',
    'Skip invalid features and list them (otherwise one invalid feature cancels the whole import)':
        "Ignorer les entités non valides et les lister (sinon, une seule entité non valide annule tout l'import)",
    'Override the source CRS': 'Remplacer le SCR de la source',
    'Choose the file to import': 'Choisir le fichier à importer',
    '%1: no vector layer found': '%1 : aucune couche vecteur trouvée',
    '— not imported —': '— non importé —',
    'Choose a file to import.': 'Choisissez un fichier à importer.',
    '%n source field(s) mapped.': ('%n champ source associé.', '%n champs sources associés.'),
    'Required target fields without a source: %1. Features without them will be rejected.':
        'Champs cibles obligatoires sans source : %1. Les entités qui ne les renseignent pas seront rejetées.',
}

FR['vigie::ImportReportDialog'] = {
    'Import into %1 cancelled: nothing was changed.': "Import dans %1 annulé : rien n'a été modifié.",
    'Import into %1 failed and was rolled back: %2': "L'import dans %1 a échoué et a été annulé : %2",
    '%n feature(s) imported into %1.': ('%n entité importée dans %1.', '%n entités importées dans %1.'),
    '%n feature(s) imported into %1, %2 rejected.':
        ('%n entité importée dans %1, %2 rejetée(s).', '%n entités importées dans %1, %2 rejetée(s).'),
    'Import report': "Rapport d'import",
    'Source: %1': 'Source : %1',
    'Row': 'Ligne',
    'Reason': 'Raison',
    'Copy the list': 'Copier la liste',
}

FR['vigie::LightingPlugin'] = {
    'Street lighting': 'Éclairage public',
    'Luminaires': 'Points lumineux',
    'Support': 'Support',
    'Lantern type': 'Type de lanterne',
    'Lamp technology': 'Technologie de la lampe',
    'Lamp power (W)': 'Puissance de la lampe (W)',
    'Ballast or driver loss (W)': 'Pertes du ballast ou du driver (W)',
    'Mounting height (m)': 'Hauteur de feu (m)',
    'Dimmable': 'Gradable',
    'Control protocol': 'Protocole de commande',
    'Year installed': "Année d'installation",
    'Cabinet': 'Armoire',
    'Circuit': 'Départ',
    'Lighting cabinets': 'Armoires de commande',
    'Circuits': 'Départs',
    'Contracted power (kVA)': 'Puissance souscrite (kVA)',
    'Add the ballast or driver loss and the control protocol to luminaires':
        'Ajouter aux points lumineux les pertes du ballast ou du driver et le protocole de commande',
}

FR['vigie::LogPanel'] = {
    'Time': 'Heure',
    'Topic': 'Sujet',
    'Message': 'Message',
}

FR['vigie::MainWindow'] = {
    'Save the demo territory as': 'Enregistrer le territoire de démonstration sous',
    'Cannot replace %1': 'Impossible de remplacer %1',
    '&New…': '&Nouveau…',
    'Create a new territory file': 'Créer un nouveau fichier de territoire',
    '&Open…': '&Ouvrir…',
    'Open a territory file': 'Ouvrir un fichier de territoire',
    '&Close': '&Fermer',
    '&Import…': '&Importer…',
    'Ctrl+Shift+I': 'Ctrl+Shift+I',
    'Import features from a GIS file into a territory layer': "Importer des entités d'un fichier SIG dans une couche du territoire",
    '&Export layer…': '&Exporter une couche…',
    'Ctrl+Shift+E': 'Ctrl+Shift+E',
    'Export a territory layer to GeoPackage, GeoJSON or Shapefile': 'Exporter une couche du territoire en GeoPackage, GeoJSON ou Shapefile',
    '&Quit': '&Quitter',
    '&Pan': '&Déplacer la carte',
    'Ctrl+Shift+P': 'Ctrl+Shift+P',
    'Zoom &in': 'Zoom a&vant',
    'Zoom &out': 'Zoom a&rrière',
    '&Identify features': '&Identifier des entités',
    'Ctrl+Shift+D': 'Ctrl+Shift+D',
    'Click a feature to show its attributes': 'Cliquez sur une entité pour afficher ses attributs',
    'Zoom to &full extent': "Zoom sur l'&emprise totale",
    'Ctrl+Shift+F': 'Ctrl+Shift+F',
    '&Previous extent': 'Emprise &précédente',
    'Alt+Left': 'Alt+Left',
    '&Next extent': 'Emprise &suivante',
    'Alt+Right': 'Alt+Right',
    '&New bookmark…': '&Nouveau signet…',
    'Ctrl+B': 'Ctrl+B',
    'Save the current view as a bookmark in the territory': 'Enregistrer la vue actuelle comme signet dans le territoire',
    '&About Vigie': 'À &propos de Vigie',
    '&Territory': '&Territoire',
    '&Recent territories': 'Territoires &récents',
    '&View': '&Vue',
    'P&anels': 'Pa&nneaux',
    '&Toolbars': "Barres d'&outils",
    'T&ools': '&Outils',
    '&Bookmarks': '&Signets',
    '&Help': '&Aide',
    'Navigation': 'Navigation',
    'Locate': 'Localiser',
    'Zoom to a district or a commune': 'Zoomer sur un quartier ou une commune',
    'Zoom to ': 'Zoomer sur ',
    'Search a street, district or commune…': 'Rechercher une voie, un quartier ou une commune…',
    'Layers': 'Couches',
    'Bookmarks': 'Signets',
    'Identify results': "Résultats de l'identification",
    'Log': 'Journal',
    'Rendering the map': 'Rendu de la carte',
    'Coordinate': 'Coordonnées',
    'Map coordinate of the mouse, in the territory CRS': 'Coordonnées de la souris sur la carte, dans le SCR du territoire',
    'Scale': 'Échelle',
    'Current map scale': 'Échelle actuelle de la carte',
    '%n commune(s)': ('%n commune', '%n communes'),
    'demo': 'démo',
    'read-only': 'lecture seule',
    '%1 (%2) — %3 — Vigie': '%1 (%2) — %3 — Vigie',
    '%1, %2': '%1, %2',
    'Import running': 'Import en cours',
    'An import is running. Cancel it and quit?': "Un import est en cours. L'annuler et quitter ?",
    '%1: no such file': '%1 : fichier introuvable',
    'Cannot open the territory %1:\n%2': "Impossible d'ouvrir le territoire %1 :\n%2",
    'Opened %1': '%1 ouvert',
    'Cannot create the territory %1:\n%2': 'Impossible de créer le territoire %1 :\n%2',
    'Territory coordinate reference system: %1': 'Système de coordonnées de référence du territoire : %1',
    'Clear the list': 'Effacer la liste',
    'Open a territory': 'Ouvrir un territoire',
    'Territory (*.gpkg);;All files (*)': 'Territoire (*.gpkg);;Tous les fichiers (*)',
    'Building the %1 demo territory from public data…': 'Construction du territoire de démonstration %1 à partir des données publiques…',
    'Demo territory': 'Territoire de démonstration',
    'Cannot build the %1 demo territory in %2:\n%3': 'Impossible de construire le territoire de démonstration %1 dans %2 :\n%3',
    'District or commune…': 'Quartier ou commune…',
    '%1 (%2)': '%1 (%2)',
    'Nothing named “%1” in the territory': 'Rien ne porte le nom « %1 » dans le territoire',
    'Bookmark %1 not found in %2': 'Signet %1 introuvable dans %2',
    'New bookmark': 'Nouveau signet',
    'Name of the current view:': 'Nom de la vue actuelle :',
    'View %1': 'Vue %1',
    'Cannot add the bookmark: %1': "Impossible d'ajouter le signet : %1",
    '%1 is open read-only: nothing can be imported into it.': '%1 est ouvert en lecture seule : rien ne peut y être importé.',
    'An import is already running.': 'Un import est déjà en cours.',
    'Importing %1 into %2…': 'Import de %1 dans %2…',
    'Cancel': 'Annuler',
    'Cancelling: rolling the import back…': "Annulation : retour à l'état d'avant l'import…",
    'Importing %1 into %2': 'Import de %1 dans %2',
    'Export a layer': 'Exporter une couche',
    'Layer to export:': 'Couche à exporter :',
    'Export %1 to': 'Exporter %1 vers',
    'GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)': 'GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)',
    'Exporting %1 to %2…': 'Export de %1 vers %2…',
    'Export': 'Export',  # progress window title
    'Import': 'Import',  # progress window title
    '%1 exported to %2': '%1 exporté vers %2',
    'Cannot export %1 to %2:\n%3': "Impossible d'exporter %1 vers %2 :\n%3",
    '<h3>Vigie %1</h3><p>Control room for smart territories: networks, assets and their live state on one map.</p>'
    '<table><tr><td>Qt</td><td>%2 (built with %3)</td></tr><tr><td>QGIS</td><td>%4</td></tr><tr><td>GDAL</td><td>%5</td></tr>'
    '<tr><td>PROJ</td><td>%6</td></tr></table><p>Licence: GNU GPL version 2 or later.</p>':
        '<h3>Vigie %1</h3><p>Centre de supervision des territoires intelligents : réseaux, équipements et leur état en temps réel sur une seule carte.</p>'
        '<table><tr><td>Qt</td><td>%2 (compilé avec %3)</td></tr><tr><td>QGIS</td><td>%4</td></tr><tr><td>GDAL</td><td>%5</td></tr>'
        '<tr><td>PROJ</td><td>%6</td></tr></table><p>Licence : GNU GPL version 2 ou ultérieure.</p>',
    'About Vigie': 'À propos de Vigie',
}

FR['vigie::NewTerritoryDialog'] = {
    'New territory': 'Nouveau territoire',
    'e.g. Montpellier Méditerranée Métropole': 'p. ex. Montpellier Méditerranée Métropole',
    'INSEE codes separated by commas, e.g. 34172, 34057': 'Codes INSEE séparés par des virgules, p. ex. 34172, 34057',
    'Coordinate reference system': 'Système de coordonnées de référence',
    'File': 'Fichier',
    'Description': 'Description',
    'Create': 'Créer',
    'New territory file': 'Nouveau fichier de territoire',
    'Give the territory a name.': 'Donnez un nom au territoire.',
    'Choose a coordinate reference system.': 'Choisissez un système de coordonnées de référence.',
    'Choose the territory file.': 'Choisissez le fichier du territoire.',
    '%1 already exists: choose another file.': '%1 existe déjà : choisissez un autre fichier.',
    'The folder %1 does not exist.': "Le dossier %1 n'existe pas.",
}

FR['vigie::WastePlugin'] = {
    'Waste': 'Déchets',
    'Waste containers': 'Conteneurs à déchets',
    'Container': 'Conteneur',
    'Waste stream': 'Flux de déchets',
    'Capacity (L)': 'Capacité (L)',
    'Fill-level sensor': 'Capteur de remplissage',
    'Collection round': 'Tournée de collecte',
    'Collection rounds': 'Tournées de collecte',
    'Round': 'Tournée',
    'Collection day': 'Jour de collecte',
}

FR['vigie::WaterPlugin'] = {
    'Water': 'Eau potable',
    'Network model': 'Modèle de réseau',
    'Benchmark network': 'Réseau de référence',
    'Remark': 'Remarque',
    'Junctions': 'Jonctions',
    'Node': 'Nœud',
    'Elevation (m)': 'Altitude (m)',
    'Base demand (L/s)': 'Demande de base (L/s)',
    'Demand pattern': 'Profil de demande',
    'Reservoirs': 'Réservoirs',
    'Total head (m)': 'Charge totale (m)',
    'Head pattern': 'Profil de charge',
    'Tanks': "Châteaux d'eau",
    'Bottom elevation (m)': 'Altitude du radier (m)',
    'Initial level (m)': 'Niveau initial (m)',
    'Minimum level (m)': 'Niveau minimal (m)',
    'Maximum level (m)': 'Niveau maximal (m)',
    'Diameter (m)': 'Diamètre (m)',
    'Pipes': 'Canalisations',
    'Pipe': 'Canalisation',
    'Start node': 'Nœud initial',
    'End node': 'Nœud final',
    'Diameter (mm)': 'Diamètre (mm)',
    'Roughness': 'Rugosité',
    'Minor loss coefficient': 'Coefficient de pertes de charge singulières',
    'Initial status': 'État initial',
    'Pumps': 'Pompes',
    'Pump': 'Pompe',
    'Suction node': "Nœud d'aspiration",
    'Discharge node': 'Nœud de refoulement',
    'Head curve': 'Courbe caractéristique',
    'Power (kW)': 'Puissance (kW)',
    'Valves': 'Vannes',
    'Valve': 'Vanne',
    'Upstream node': 'Nœud amont',
    'Downstream node': 'Nœud aval',
    'Valve type': 'Type de vanne',
    'Setting': 'Consigne',
    'Add the network model name and the benchmark flag to every water layer':
        "Ajouter le nom du modèle de réseau et l'indicateur de réseau de référence à chaque couche d'eau potable",
    'cannot place the L-TOWN network: the territory has no commune boundary':
        "impossible de placer le réseau L-TOWN : le territoire n'a pas de limite communale",
    "cannot place the L-TOWN network inside the territory's communes: no translation fits it inside their boundary":
        'impossible de placer le réseau L-TOWN dans les communes du territoire : aucune translation ne le fait tenir dans leurs limites',
    '%1: %2 "%3" has no coordinates': "%1 : %2 « %3 » n'a pas de coordonnées",
    'junction': 'jonction',
    'reservoir': 'réservoir',
    'tank': "château d'eau",
    'pipe': 'canalisation',
    'pump': 'pompe',
    'valve': 'vanne',
}

FR['vigie::WelcomeWidget'] = {
    'Control room for smart territories: networks, assets and live state on one map.':
        'Centre de supervision des territoires intelligents : réseaux, équipements et état en temps réel sur une seule carte.',
    'Open a territory…': 'Ouvrir un territoire…',
    'Create a new territory…': 'Créer un nouveau territoire…',
    'Create the %1 demo territory': 'Créer le territoire de démonstration %1',
    '<b>Recent territories</b>': '<b>Territoires récents</b>',
}

FR['vigie::budget'] = {
    'Usage: vigie-cli budget COMMAND FILE.pb [options]\n'
    'Participatory budget: count a Pabulib .pb vote with a chosen rule.\n'
    '\n'
    'Commands:\n'
    '  allocate FILE.pb --rule R [--completion C] [--json]   projects funded by rule R\n'
    '  explain FILE.pb --rule R [--completion C] [--json]    why each project was funded or not\n'
    '  compare FILE.pb --rules A,B [--completion C] [--json] projects funded by one rule and not the other\n'
    '\n'
    'Rules: %1\n'
    '  ("city" is the rule written in the file\'s META: greedy, greedy-threshold or greedy-no-skip)\n'
    'Completions (mes-* rules only): none, greedy (greedy with the same satisfaction on what MES leaves),\n'
    '  add1-greedy (raise every voter\'s budget by one unit until the budget is exhausted, then greedy)\n'
    'Options:\n'
    '  --json            print JSON\n'
    '  -h, --help        show this help\n'
    '\n'
    'Exit codes: 0 done, 1 failure, 2 usage error, 3 the file cannot be read.\n':
        'Utilisation : vigie-cli budget COMMANDE FICHIER.pb [options]\n'
        'Budget participatif : dépouille un vote Pabulib .pb selon la règle choisie.\n'
        '\n'
        'Commandes :\n'
        '  allocate FICHIER.pb --rule R [--completion C] [--json]   projets financés par la règle R\n'
        '  explain FICHIER.pb --rule R [--completion C] [--json]    pourquoi chaque projet a été financé ou non\n'
        "  compare FICHIER.pb --rules A,B [--completion C] [--json] projets financés par une règle et pas par l'autre\n"
        '\n'
        'Règles : %1\n'
        '  (« city » est la règle inscrite dans la section META du fichier : greedy, greedy-threshold ou greedy-no-skip)\n'
        'Compléments (règles mes-* uniquement) : none, greedy (glouton avec la même satisfaction sur ce que MES laisse),\n'
        "  add1-greedy (augmente d'une unité le budget de chaque votant jusqu'à épuisement du budget, puis glouton)\n"
        'Options :\n'
        '  --json            sortie JSON\n'
        '  -h, --help        affiche cette aide\n'
        '\n'
        "Codes de sortie : 0 terminé, 1 échec, 2 erreur d'utilisation, 3 fichier illisible.\n",
    'option %1 needs a value': "l'option %1 nécessite une valeur",
    'unknown option %1': 'option %1 inconnue',
    'missing command (allocate, explain or compare)': 'commande manquante (allocate, explain ou compare)',
    'unknown command "%1" (allocate, explain or compare)': 'commande « %1 » inconnue (allocate, explain ou compare)',
    'missing FILE.pb': 'FICHIER.pb manquant',
    'unexpected argument "%1"': 'argument inattendu « %1 »',
    'compare needs --rules A,B (two rules)': 'compare nécessite --rules A,B (deux règles)',
    '%1 needs --rule': '%1 nécessite --rule',
    'vigie-cli budget: %1': 'vigie-cli budget : %1',
    'Run "vigie-cli budget --help" for usage.': "Lancez « vigie-cli budget --help » pour afficher l'aide.",
    '%1: %2 projects funded, %3 of %4 (%5 s)': '%1 : %2 projets financés, %3 sur %4 (%5 s)',
    '%1: %2 projects, %3; %4: %5 projects, %6; %7 in common': '%1 : %2 projets, %3 ; %4 : %5 projets, %6 ; %7 en commun',
    'Only with %1:': 'Uniquement avec %1 :',
    'participatory budget: allocate, explain and compare rules on a Pabulib .pb file':
        'budget participatif : allouer, expliquer et comparer des règles sur un fichier Pabulib .pb',
    'funded at once: it costs nothing and has supporters': "financé d'emblée : il ne coûte rien et a des soutiens",
    'funded in round %1: its %2 supporters paid %3 per unit of satisfaction (they held %4 together)':
        'financé au tour %1 : ses %2 soutiens ont payé %3 par unité de satisfaction (ils détenaient %4 à eux tous)',
    "funded in round %1: its supporters' maximal load became %2":
        'financé au tour %1 : la charge maximale de ses soutiens est passée à %2',
    'funded: position %1 in the order, %2 of the budget left when it came up':
        "financé : position %1 dans l'ordre, il restait %2 du budget à son tour",
    'funded by the completion: %1 of the budget left when it came up (position %2)':
        'financé par le complément : il restait %1 du budget à son tour (position %2)',
    'not funded: costs %1 but only %2 was left when it came up':
        'non financé : coûte %1 mais il ne restait que %2 à son tour',
    'not funded: in round %1 its %2 supporters held %3 together, less than its cost %4':
        'non financé : au tour %1, ses %2 soutiens détenaient %3 à eux tous, moins que son coût de %4',
    'not funded: the rule stopped before reaching it': "non financé : la règle s'est arrêtée avant de l'atteindre",
    'not funded: score %1 below the threshold %2': 'non financé : score %1 inférieur au seuil %2',
    'not funded: no voter supports it': 'non financé : aucun votant ne le soutient',
    'not funded': 'non financé',
    'unknown': 'inconnu',
    'Rule %1: %2 of %3 spent, %4 projects funded': 'Règle %1 : %2 dépensés sur %3, %4 projets financés',
    "%1 voters; %2 (%3 %) have at least one funded project; %4 funded projects per voter on average; %5 % of a ballot's cost funded on average":
        "%1 votants ; %2 (%3 %) ont au moins un projet financé ; %4 projets financés par votant en moyenne ; "
        "%5 % du coût d'un bulletin financé en moyenne",
    'Projects:': 'Projets :',
    '  %1: %2 of %3 projects funded, %4': '  %1 : %2 projets financés sur %3, %4',
    'Funded by category:': 'Financement par catégorie :',
    'Funded by district:': 'Financement par quartier :',
    'Voters with a funded project, by %1 (groups under %2 voters merged):':
        'Votants ayant un projet financé, par %1 (groupes de moins de %2 votants regroupés) :',
    '  %1: %2 of %3 voters': '  %1 : %2 votants sur %3',
    'other': 'autre',
}

FR['vigie::budget::PabulibReader'] = {}

FR['vigie::budget::Parser'] = {
    "META row needs a key and a value separated by ';'": "une ligne META doit avoir une clé et une valeur séparées par ';'",
    'META row has an empty key': 'ligne META avec une clé vide',
    'duplicate META key "%1" (first on line %2)': 'clé META « %1 » en double (première occurrence ligne %2)',
    'bad number "%1" for META %2': 'nombre « %1 » incorrect pour META %2',
    'bad number "%1" for the budget': 'nombre « %1 » incorrect pour le budget',
    'unknown vote_type "%1" (approval, choose-1, cumulative, scoring or ordinal)':
        'vote_type « %1 » inconnu (approval, choose-1, cumulative, scoring ou ordinal)',
    'META has no budget': "la section META n'indique pas de budget",
    'PROJECTS header has no cost column': "l'en-tête PROJECTS n'a pas de colonne cost",
    'PROJECTS header: the first column must be the project id':
        "en-tête PROJECTS : la première colonne doit être l'identifiant du projet",
    '%1 fields but the PROJECTS header has %2': "%1 champs alors que l'en-tête PROJECTS en a %2",
    'empty project id': 'identifiant de projet vide',
    'duplicate project id "%1" (first on line %2)': 'identifiant de projet « %1 » en double (première occurrence ligne %2)',
    'project "%1" has no cost': "le projet « %1 » n'a pas de coût",
    'bad number "%1" for the cost of project "%2"': 'nombre « %1 » incorrect pour le coût du projet « %2 »',
    'negative cost %1 for project "%2"': 'coût négatif %1 pour le projet « %2 »',
    'budget too large': 'budget trop élevé',
    'cost too large': 'coût trop élevé',
    'cost limit too large': 'plafond de coût trop élevé',
    'VOTES header has no vote column': "l'en-tête VOTES n'a pas de colonne vote",
    'VOTES header has no points column, needed by %1 ballots':
        "l'en-tête VOTES n'a pas de colonne points, nécessaire aux bulletins %1",
    '%1 fields but the VOTES header has %2': "%1 champs alors que l'en-tête VOTES en a %2",
    'empty voter id': 'identifiant de votant vide',
    'duplicate voter id "%1"': 'identifiant de votant « %1 » en double',
    'vote for unknown project "%1"': 'vote pour un projet inconnu « %1 »',
    'project "%1" appears twice in the ballot': 'le projet « %1 » apparaît deux fois dans le bulletin',
    '%1 points for more projects in the vote': 'seulement %1 valeurs de points pour un plus grand nombre de projets dans le vote',
    'bad number "%1" in points': 'nombre « %1 » incorrect dans points',
    'negative points %1': 'nombre de points négatif : %1',
    '%1 projects in the vote but %2 points': '%1 projets dans le vote mais %2 valeurs de points',
    'ballot lists %1 projects, fewer than min_length %2 (META line %3)':
        'le bulletin contient %1 projets, moins que min_length %2 (META, ligne %3)',
    'ballot lists %1 projects, more than max_length %2 (META line %3)':
        'le bulletin contient %1 projets, plus que max_length %2 (META, ligne %3)',
    'ballot costs %1 in total, less than min_sum_cost (META line %2)':
        'le bulletin coûte %1 au total, moins que min_sum_cost (META, ligne %2)',
    'ballot costs %1 in total, more than max_sum_cost (META line %2)':
        'le bulletin coûte %1 au total, plus que max_sum_cost (META, ligne %2)',
    'a project gets fewer points than min_points (META line %1)':
        'un projet reçoit moins de points que min_points (META, ligne %1)',
    'a project gets more points than max_points (META line %1)':
        'un projet reçoit plus de points que max_points (META, ligne %1)',
    'ballot gives fewer points in total than min_sum_points (META line %1)':
        'le bulletin donne au total moins de points que min_sum_points (META, ligne %1)',
    'ballot gives more points in total than max_sum_points (META line %1)':
        'le bulletin donne au total plus de points que max_sum_points (META, ligne %1)',
    'section has no header row': "la section n'a pas de ligne d'en-tête",
    'section %1 appears twice': 'la section %1 apparaît deux fois',
    'section %1 out of order: META, PROJECTS and VOTES come in this order':
        'section %1 mal placée : META, PROJECTS et VOTES doivent se suivre dans cet ordre',
    'missing section META before PROJECTS': 'section META manquante avant PROJECTS',
    'missing section PROJECTS before VOTES': 'section PROJECTS manquante avant VOTES',
    'data before the META section': 'données avant la section META',
    'missing section META': 'section META manquante',
    'missing section PROJECTS': 'section PROJECTS manquante',
    'missing section VOTES': 'section VOTES manquante',
}

FR['vigie::budget::RuleSpec'] = {
    'the file\'s META rule "%1" is not one Vigie reproduces (greedy, greedy-threshold, greedy-no-skip)':
        "la règle « %1 » indiquée dans la section META du fichier n'est pas reproduite par Vigie (greedy, greedy-threshold, greedy-no-skip)",
    'unknown rule "%1" (one of: %2)': 'règle « %1 » inconnue (au choix : %2)',
    'unknown completion "%1" (none, greedy or add1-greedy)': 'complément « %1 » inconnu (none, greedy ou add1-greedy)',
    'a completion applies to the mes-* rules only': "un complément ne s'applique qu'aux règles mes-*",
}
FR['vigie'].update({
    # EPANET reader, second batch (times, curves, demands, emitters, controls, rules)
    'bad time "%1" for %2': 'valeur de temps « %1 » incorrecte pour %2',
    'unknown [TIMES] keyword "%1"': 'mot-clé [TIMES] « %1 » inconnu',
    'a curve point': "un point de courbe",
    'curve "%1": x values must increase (%2 after %3)': 'courbe « %1 » : les valeurs x doivent être croissantes (%2 après %3)',
    'a demand': 'une demande',
    'demand': 'demande',
    'an emitter': 'un émetteur',
    'emitter': 'émetteur',
    'emitter coefficient of "%1" is negative': "le coefficient d'émetteur de « %1 » est négatif",
    'a status': 'un état',
    'status given for unknown link "%1"': 'état donné pour un arc inconnu « %1 »',
    'control must read "LINK id status IF NODE id ABOVE|BELOW value" or "LINK id status AT TIME|CLOCKTIME time"':
        'une commande doit avoir la forme « LINK id état IF NODE id ABOVE|BELOW valeur » ou « LINK id état AT TIME|CLOCKTIME heure »',
    'control refers to unknown link "%1"': "la commande fait référence à l'arc inconnu « %1 »",
    'control refers to unknown node "%1"': 'la commande fait référence au nœud inconnu « %1 »',
    'bad control time "%1"': 'heure de commande « %1 » incorrecte',
    'rule action must read "LINK id STATUS|SETTING = value"':
        "l'action d'une règle doit avoir la forme « LINK id STATUS|SETTING = valeur »",
    'rule refers to unknown link "%1"': "la règle fait référence à l'arc inconnu « %1 »",
    'rule action attribute must be STATUS or SETTING, not "%1"':
        "l'attribut de l'action d'une règle doit être STATUS ou SETTING, et non « %1 »",
    'RULE needs an id': 'RULE nécessite un identifiant',
    'rule clause "%1" before any RULE': 'clause de règle « %1 » avant toute RULE',
    'rule "%1": IF must start the premises': 'règle « %1 » : les conditions doivent commencer par IF',
    'rule condition must read "IF object id attribute relation value"':
        "la condition d'une règle doit avoir la forme « IF objet id attribut relation valeur »",
    'rule refers to unknown %1 "%2"': 'la règle fait référence à un objet %1 inconnu « %2 »',
    'unknown rule object "%1"': 'objet de règle « %1 » inconnu',
    'unknown rule keyword "%1"': 'mot-clé de règle « %1 » inconnu',
    '%1 "%2" refers to undefined pattern "%3"': '%1 « %2 » : profil « %3 » non défini',
    'demand of junction': 'demande de la jonction',
    'pump "%1" refers to undefined curve "%2"': 'la pompe « %1 » fait référence à la courbe non définie « %2 »',
    'tank "%1" refers to undefined curve "%2"': "le château d'eau « %1 » fait référence à la courbe non définie « %2 »",
    'valve "%1" refers to undefined curve "%2"': 'la vanne « %1 » fait référence à la courbe non définie « %2 »',
    '%1: cannot write: %2': '%1 : écriture impossible : %2',
})

FR['vigie::roadmap'] = {
    'quick win': 'gain rapide',
    'structural project': 'projet structurant',
    'fill-in': "action d'appoint",
    'questionable': 'discutable',
    'weights: every weight must be >= 0 and at least one above zero':
        'pondérations : chaque poids doit être >= 0 et au moins un doit être supérieur à zéro',
    '#%1 %2: score %3 = impact %4 (%5/10) + cost %6 (%7 € over %8 years) + feasibility %9 (%10/10) + demand %11 (%12 votes); %13':
        '#%1 %2 : score %3 = impact %4 (%5/10) + coût %6 (%7 € sur %8 ans) + faisabilité %9 (%10/10) + demande %11 (%12 votes) ; %13',
    'Mobility': 'Mobilité',
    'Energy': 'Énergie',
    'Water': 'Eau',
    'Street lighting': 'Éclairage public',
    'Waste': 'Déchets',
    'Data': 'Données',
    'Citizen participation': 'Participation citoyenne',
    'Security': 'Sécurité',
    'Proposed': 'Proposé',
    'Approved': 'Validé',
    'In progress': 'En cours',
    'Done': 'Terminé',
    'On hold': 'En attente',
    'Cancelled': 'Abandonné',
    'field "baseline": must be {"savedAt": date, "projects": [...]}':
        'champ "baseline" : doit être de la forme {"savedAt": date, "projects": [...]}',
    'baseline, project %1: needs id, start (YYYY-MM), durationMonths >= 1 and capex >= 0':
        'baseline, projet %1 : id, start (AAAA-MM), durationMonths >= 1 et capex >= 0 sont nécessaires',
    '#%1': 'n° %1',
    'field "changes": must be a list': 'champ "changes" : doit être une liste',
    'change log entry %1: needs author and timestamp': 'entrée %1 du journal des modifications : author et timestamp sont nécessaires',
    'field "conflicts": must be a list': 'champ "conflicts" : doit être une liste',
    'conflict %1, field "kind": "%2" is not a conflict kind': "conflit %1, champ \"kind\" : « %2 » n'est pas un type de conflit",
    'roadmap': 'feuille de route',
    '%1:%2:%3: malformed JSON: %4': '%1:%2:%3 : JSON mal formé : %4',
    'not a roadmap (the JSON is not an object)': "ce n'est pas une feuille de route (le JSON n'est pas un objet)",
    'not a roadmap (field "format" is not "vigie-roadmap")': "ce n'est pas une feuille de route (le champ \"format\" ne vaut pas \"vigie-roadmap\")",
    'field "version": missing or not a positive whole number': 'champ "version" : absent ou pas un nombre entier positif',
    'version %1 was written by a newer Vigie (this one reads up to version %2)':
        "la version %1 a été écrite par une version plus récente de Vigie (celle-ci lit jusqu'à la version %2)",
    'unknown field "%1"': 'champ « %1 » inconnu',
    'field "projects": missing or not a list': 'champ "projects" : absent ou pas une liste',
    'project #%1 is not an object': "le projet n° %1 n'est pas un objet",
    'project %1, field "id": the id is used by another project': 'projet %1, champ "id" : cet identifiant est déjà utilisé par un autre projet',
    '%1: cannot read the file (%2)': '%1 : impossible de lire le fichier (%2)',
}

FR['vigie::roadmap::FieldReader'] = {
    'project %1, field "%2": %3': 'projet %1, champ « %2 » : %3',
    '(no id)': '(sans identifiant)',
    'missing': 'absent',
    'must be a string': 'doit être une chaîne de caractères',
    'must not be empty': 'ne doit pas être vide',
    'must be a number': 'doit être un nombre',
    '%1 is outside %2..%3': '%1 est hors de la plage %2..%3',
    'must be a whole number': 'doit être un nombre entier',
    'must be a list of strings': 'doit être une liste de chaînes de caractères',
    'item %1 must be a string': "l'élément %1 doit être une chaîne de caractères",
    'missing (expected YYYY-MM)': 'absent (attendu : AAAA-MM)',
    '"%1" is not a month (expected YYYY-MM)': "« %1 » n'est pas un mois (attendu : AAAA-MM)",
}

FR['vigie::roadmap::Project'] = {
    '"%1" is not an identifier (letters, digits, \'.\', \'_\', \':\', \'-\')':
        "« %1 » n'est pas un identifiant (lettres, chiffres, '.', '_', ':', '-')",
    'unknown field': 'champ inconnu',
    '"%1" is not one of %2': "« %1 » ne fait pas partie de %2",
    'a project cannot depend on itself': 'un projet ne peut pas dépendre de lui-même',
    'a dependency is listed twice': 'une dépendance figure deux fois',
    'must be a list of {source, amount}': 'doit être une liste de {source, amount}',
    'item %1 must be {"source": text, "amount": euros >= 0}': "l'élément %1 doit être de la forme {\"source\": texte, \"amount\": euros >= 0}",
    'must be a list of {kpi, target, unit}': 'doit être une liste de {kpi, target, unit}',
    'item %1 must be {"kpi": text, "target": number, "unit": text}':
        "l'élément %1 doit être de la forme {\"kpi\": texte, \"target\": nombre, \"unit\": texte}",
}

FR['vigie::roadmap::Weights'] = {
    'weights: expected impact=W,cost=W,feasibility=W,demand=W': 'pondérations : attendu impact=P,cost=P,feasibility=P,demand=P',
    'weights: "%1" is not criterion=number with a number >= 0': "pondérations : « %1 » n'est pas de la forme critère=nombre avec un nombre >= 0",
    'weights: unknown criterion "%1" (impact, cost, feasibility, demand)':
        'pondérations : critère « %1 » inconnu (impact, cost, feasibility, demand)',
    'weights: at least one weight must be above zero': 'pondérations : au moins un poids doit être supérieur à zéro',
}
FR['vigie::roadmap'].update({
    # dependencies and multi-year scheduling under budget caps
    'project %1, field "dependencies": unknown project %2': 'projet %1, champ "dependencies" : projet %2 inconnu',
    'project %1, field "dependencies": dependency cycle %2': 'projet %1, champ "dependencies" : cycle de dépendances %2',
    'budget caps: "%1" is not YEAR=EUROS with euros >= 0': "plafonds budgétaires : « %1 » n'est pas de la forme ANNÉE=EUROS avec des euros >= 0",
    'budget caps: year %1 is given twice': "plafonds budgétaires : l'année %1 est indiquée deux fois",
    'budget caps: expected YEAR=EUROS,YEAR=EUROS,...': 'plafonds budgétaires : attendu ANNÉE=EUROS,ANNÉE=EUROS,...',
    'scheduling needs a year range: give yearly budget caps or the first and last year':
        'la programmation nécessite une plage d\'années : indiquez des plafonds budgétaires annuels ou la première et la dernière année',
    'budget cap for %1: %2 is not an amount >= 0': "plafond budgétaire pour %1 : %2 n'est pas un montant >= 0",
    '%1 (%2 €)': '%1 (%2 €)',
    'budget cap for %1: %2 € is below the spending already committed that year, %3 €, by %4':
        'plafond budgétaire pour %1 : %2 € est inférieur aux dépenses déjà engagées cette année-là, %3 €, par %4',
    'no feasible plan: project %1 is committed but waits for %2, which cannot start between %3 and %4':
        'aucun plan réalisable : le projet %1 est engagé mais attend %2, qui ne peut pas démarrer entre %3 et %4',
    'no feasible plan: the projects committed so far need projects that cannot fit under the caps between %1 and %2':
        'aucun plan réalisable : les projets déjà engagés dépendent de projets qui ne tiennent pas sous les plafonds entre %1 et %2',
    'the scheduling solver failed (GLPK code %1)': 'le solveur de programmation a échoué (code GLPK %1)',
    'internal error: the plan breaks the dependency of %1 on %2': 'erreur interne : le plan ne respecte pas la dépendance de %1 envers %2',
    'waits for %1, which is not scheduled': "attend %1, qui n'est pas programmé",
    'cannot start between %1 and %2 after its predecessors finish':
        'ne peut pas démarrer entre %1 et %2 après la fin de ses prédécesseurs',
    'does not fit under the yearly budget caps with a start between %1 and %2':
        'ne tient pas sous les plafonds budgétaires annuels avec un démarrage entre %1 et %2',
    'internal error: the plan spends %1 € in %2, above the cap of %3 €':
        'erreur interne : le plan dépense %1 € en %2, au-delà du plafond de %3 €',
})
FR['vigie::roadmap'].update({
    # three-way merge of roadmaps
    '(absent)': '(absent)',
    '%1: the merge never overwrites one of its inputs; choose another output file':
        "%1 : la fusion n'écrase jamais l'un de ses fichiers d'entrée ; choisissez un autre fichier de sortie",
    'there is no conflict #%1 (the roadmap has %2)': "il n'y a pas de conflit n° %1 (la feuille de route en compte %2)",
    'project %1: the edited value must be the whole project with the same id':
        'projet %1 : la valeur modifiée doit être le projet complet, avec le même identifiant',
    'project %1 is no longer in the roadmap': "le projet %1 n'est plus dans la feuille de route",
    'the value does not resolve the conflict: %1': 'la valeur ne résout pas le conflit : %1',
    '%1: %2 → %3': '%1 : %2 → %3',
    'added «%1»': 'ajout de « %1 »',
    'deleted «%1»': 'suppression de « %1 »',
})


# --- added by the lead (second batch) ---
FR.setdefault('vigie', {}).update({
    'Vigie: control room for smart territories.': 'Vigie : salle de contrôle du territoire intelligent.',
    'Territory file (.gpkg) to open; default: the last one.': 'Fichier de territoire (.gpkg) à ouvrir ; par défaut, le dernier ouvert.',
    'User interface language: fr or en.': "Langue de l'interface : fr ou en.",
    'Load the domain plugins from DIR.': 'Charger les extensions métier depuis DIR.',
    'Print the time from start to the first rendered map frame, then quit (benchmark).': "Afficher le temps entre le lancement et la première image de la carte, puis quitter (mesure de performance).",
    'unknown head-loss formula "%1"': 'formule de perte de charge inconnue « %1 »',
    'tank "%1" has no diameter and no volume curve': "le réservoir « %1 » n'a ni diamètre ni courbe de volume",
    'pump "%1": head curve "%2" must decrease with flow': 'pompe « %1 » : la courbe de hauteur « %2 » doit décroître avec le débit',
    'valve "%1": a PRV, PSV or FCV cannot join a tank or reservoir directly': 'vanne « %1 » : un réducteur de pression (PRV), un maintien de pression (PSV) ou un limiteur de débit (FCV) ne peut pas être relié directement à un réservoir ou à une bâche',
    'junction "%1" is not connected to any link': "le nœud « %1 » n'est relié à aucun arc",
    'the network has no tank or reservoir: heads are undetermined': "le réseau n'a ni réservoir ni bâche : les charges sont indéterminées",
    'time %1 s: the head equations are singular (a part of the network is cut off from every tank and reservoir?)': "instant %1 s : les équations de charge sont singulières (une partie du réseau est-elle isolée de tout réservoir et de toute bâche ?)",
    'time %1 s: the solution diverged (not a number, link #%2)': 'instant %1 s : la solution a divergé (valeur non numérique, arc n° %2)',
    'time %1 s (%2): the hydraulic equations did not converge in %3 trials (relative flow change %4); worst-balanced node "%5" (flow error %6)': "instant %1 s (%2) : les équations hydrauliques n'ont pas convergé en %3 itérations (variation relative de débit %4) ; nœud le moins équilibré « %5 » (écart de débit %6)",
    'project %1: deleted by %2, edited by %3 (kept, edited version)': 'projet %1 : supprimé par %2, modifié par %3 (conservé, version modifiée)',
    'ours': 'la nôtre',
    'theirs': 'la leur',
    'project %1, field "dependencies": depends on a project the merge removed: %2': 'projet %1, champ « dependencies » : dépend d\'un projet supprimé par la fusion : %2',
    'project %1, field "%2": added on both sides with different values: ours %3, theirs %4': 'projet %1, champ « %2 » : ajouté des deux côtés avec des valeurs différentes : la nôtre %3, la leur %4',
    'project %1, field "%2": base %3, ours %4, theirs %5': 'projet %1, champ « %2 » : base %3, la nôtre %4, la leur %5',
    'Merged %1 projects into %2: %3 change(s) from ours, %4 from theirs.': '%1 projets fusionnés dans %2 : %3 modification(s) de notre côté, %4 du leur.',
    'No conflict.': 'Aucun conflit.',
    '%1 conflict(s) recorded in the merged file (our value kept until resolved):': '%1 conflit(s) enregistré(s) dans le fichier fusionné (notre valeur est conservée jusqu\'à résolution) :',
    'Ranking of %1 projects with weights %2:': 'Classement de %1 projets avec les pondérations %2 :',
    'Optimal plan:': 'Plan optimal :',
    'Feasible plan (time limit reached before proving optimality):': "Plan réalisable (limite de temps atteinte avant la preuve d'optimalité) :",
    ' (committed)': ' (engagé)',
    ' (moved from %1)': ' (déplacé depuis %1)',
    '  not scheduled  %1: %2': '  non planifié  %1 : %2',
    'Capex per year (committed + planned / cap), euros:': "Investissement par an (engagé + prévu / plafond), en euros :",
    'no cap': 'sans plafond',
    'Critical path (ends %1): %2': 'Chemin critique (fin %1) : %2',
    'Exported %1 projects to %2': '%1 projets exportés vers %2',
    'vigie-cli import': 'vigie-cli import',
    'imported %1 projects from %2': '%1 projets importés depuis %2',
    'Imported %1 projects into %2': '%1 projets importés dans %2',
})
FR.setdefault('vigie::budget', {}).update({
    'Participatory budget: allocates, explains and compares rules on a Pabulib .pb file.': 'Budget participatif : attribue, explique et compare les règles sur un fichier Pabulib .pb.',
})
FR.setdefault('vigie::hydraulics', {}).update({
    "Usage: vigie-cli water simulate NET.inp --out DIR [--duration HOURS]\n\nRuns an extended-period hydraulic simulation of an EPANET input file and writes,\nat every reporting step and in the network's own units:\n  DIR/nodes.csv  time_s,node_id,demand,head,pressure\n  DIR/links.csv  time_s,link_id,flow,velocity,headloss,status\n\nOptions:\n  --out DIR          output folder (created when missing)\n  --duration HOURS   simulated duration instead of the file's [TIMES] Duration\n  -h, --help         this help\n\nExit codes: 0 ok, 1 simulation failed (e.g. no convergence), 2 usage error,\n3 unreadable or invalid input file.\n":
    "Utilisation : vigie-cli water simulate NET.inp --out DOSSIER [--duration HEURES]\n\nLance une simulation hydraulique de longue durée d'un fichier EPANET et écrit,\nà chaque pas de rapport et dans les unités du réseau :\n  DOSSIER/nodes.csv  time_s,node_id,demand,head,pressure\n  DOSSIER/links.csv  time_s,link_id,flow,velocity,headloss,status\n\nOptions :\n  --out DOSSIER      dossier de sortie (créé s'il manque)\n  --duration HEURES  durée simulée au lieu de la Duration de la section [TIMES]\n  -h, --help         cette aide\n\nCodes de sortie : 0 succès, 1 échec de la simulation (par ex. non-convergence),\n2 erreur d'utilisation, 3 fichier d'entrée illisible ou invalide.\n",
    'water simulate: %1 needs a value': 'water simulate : %1 attend une valeur',
    'water simulate: --duration needs a number of hours >= 0, not "%1"': 'water simulate : --duration attend un nombre d\'heures >= 0, pas « %1 »',
    'water simulate: unknown option "%1"': 'water simulate : option inconnue « %1 »',
    'water simulate: more than one input file ("%1", "%2")': "water simulate : plus d'un fichier d'entrée (« %1 », « %2 »)",
    'water simulate: an input file and --out DIR are required': "water simulate : un fichier d'entrée et --out DOSSIER sont requis",
    '%1: cannot create the output folder': '%1 : impossible de créer le dossier de sortie',
    'warning: time %1 s: unbalanced solution accepted (UNBALANCED CONTINUE)': 'avertissement : instant %1 s : solution non équilibrée acceptée (UNBALANCED CONTINUE)',
    '%1: cannot write the results': "%1 : impossible d'écrire les résultats",
    '%1: %2 hydraulic solutions (%3 trials), %4 reporting periods in %5 ms; results in %6': '%1 : %2 résolutions hydrauliques (%3 itérations), %4 pas de rapport en %5 ms ; résultats dans %6',
    'water networks: simulate an EPANET model (water simulate NET.inp --out DIR)': "Réseaux d'eau : simule un modèle EPANET (water simulate NET.inp --out DOSSIER)",
    'water: unknown command "%1"': 'water : commande inconnue « %1 »',
})
FR.setdefault('vigie::roadmap', {}).update({
    'CSV': 'CSV',
    '%1: the file is not UTF-8 text': "%1 : le fichier n'est pas du texte UTF-8",
    '%1:%2: a quoted field is never closed': "%1:%2 : un champ entre guillemets n'est jamais fermé",
    '%1: empty file (a header row is needed)': "%1 : fichier vide (une ligne d'en-tête est nécessaire)",
    '%1:%2, column %3: unknown column "%4" (known: %5)': '%1:%2, colonne %3 : colonne inconnue « %4 » (connues : %5)',
    '%1:%2, column %3: column "%4" appears twice': '%1:%2, colonne %3 : la colonne « %4 » apparaît deux fois',
    '%1:%2: the header has no "%3" column': "%1:%2 : l'en-tête n'a pas de colonne « %3 »",
    '%1:%2, column %3 ("%4"): %5': '%1:%2, colonne %3 (« %4 ») : %5',
    '%1:%2: %3 fields, but the header has %4 columns': "%1:%2 : %3 champs, mais l'en-tête a %4 colonnes",
    '"%1" is not SOURCE=EUROS': '« %1 » n\'est pas de la forme SOURCE=EUROS',
    '"%1" is not KPI|TARGET|UNIT': '« %1 » n\'est pas de la forme INDICATEUR|CIBLE|UNITÉ',
    '"%1" is not a number': "« %1 » n'est pas un nombre",
    'project id %1 is used by an earlier row': "l'identifiant de projet %1 est déjà utilisé par une ligne précédente",
    '%1 · %2 · capex %3 € · %4 months\n%5': '%1 · %2 · investissement %3 € · %4 mois\n%5',
    'Start: %1': 'Début : %1',
    'End: %1': 'Fin : %1',
    '%1: unknown export format "%2" (use .csv, .ics or .gan)': "%1 : format d'export inconnu « %2 » (utilisez .csv, .ics ou .gan)",
})


# --- added by the lead (third batch: roadmap and water commands) ---
FR.setdefault('vigie', {}).update({
    'Water networks: simulates an EPANET model (water simulate NET.inp --out DIR).': "Réseaux d'eau : simule un modèle EPANET (water simulate NET.inp --out DOSSIER).",
})
FR.setdefault('vigie::roadmap', {}).update({
    'Usage: vigie-cli roadmap COMMAND [arguments] [options]\nRoadmap of the territory\'s projects: merge offline edits, schedule under budget caps, rank, exchange.\n\nCommands:\n  merge BASE OURS THEIRS --out MERGED [--json]   three-way merge of roadmap files\n  schedule FILE --cap YEAR=EUR,... [--json]      plan under yearly budget caps and dependencies\n  rank FILE [--weights ...] [--json]             weighted multi-criteria ranking, explained\n  export FILE --out X.csv|X.ics|X.gan            CSV, iCalendar milestones or GanttProject\n  import CSV --out FILE                          roadmap file from a CSV table\n\n"vigie-cli roadmap COMMAND --help" describes a command.\nExit codes: 0 done, 1 failure (merge: conflicts recorded), 2 usage error, 3 an input cannot be read.\n':
    'Utilisation : vigie-cli roadmap COMMANDE [arguments] [options]\nFeuille de route des projets du territoire : fusion des modifications hors ligne, planification sous plafonds budgétaires, classement, échanges.\n\nCommandes :\n  merge BASE NÔTRE LEUR --out FUSION [--json]    fusion à trois voies de fichiers de feuille de route\n  schedule FICHIER --cap ANNÉE=EUR,... [--json]  plan sous plafonds budgétaires annuels et dépendances\n  rank FICHIER [--weights ...] [--json]          classement multicritère pondéré, expliqué\n  export FICHIER --out X.csv|X.ics|X.gan         CSV, jalons iCalendar ou GanttProject\n  import CSV --out FICHIER                       feuille de route à partir d\'un tableau CSV\n\n« vigie-cli roadmap COMMANDE --help » décrit une commande.\nCodes de sortie : 0 terminé, 1 échec (merge : conflits enregistrés), 2 erreur d\'utilisation, 3 une entrée est illisible.\n',
    'Usage: vigie-cli roadmap merge BASE OURS THEIRS --out MERGED [--json]\nThree-way merge at field level of two edited copies (OURS, THEIRS) of a common BASE.\nChanges to different projects or fields merge; identical changes are not conflicts; a real\nconflict is recorded in MERGED (our value kept until resolved). A project deleted on one side\nand edited on the other is kept and reported. MERGED is written atomically and may not be an input.\nExit codes: 0 merged clean, 1 merged with conflicts recorded, 2 usage error, 3 an input cannot be read.\n':
    "Utilisation : vigie-cli roadmap merge BASE NÔTRE LEUR --out FUSION [--json]\nFusion à trois voies, champ par champ, de deux copies modifiées (NÔTRE, LEUR) d'une même BASE.\nLes modifications de projets ou de champs différents sont fusionnées ; des modifications identiques ne sont pas des conflits ;\nun vrai conflit est enregistré dans FUSION (notre valeur conservée jusqu'à résolution). Un projet supprimé d'un côté\net modifié de l'autre est conservé et signalé. FUSION est écrit de façon atomique et ne peut pas être une entrée.\nCodes de sortie : 0 fusion sans conflit, 1 fusion avec conflits enregistrés, 2 erreur d'utilisation, 3 une entrée est illisible.\n",
    "Usage: vigie-cli roadmap schedule FILE --cap YEAR=EUR,YEAR=EUR,... [options]\nChooses each project's start year (MILP, GLPK) so that every year's capex stays under its cap,\ndependencies are respected and high-priority projects start first; prints the critical path.\nOptions:\n  --cap YEAR=EUR,...      yearly capex caps in euros (required)\n  --first-year Y          earliest start year (default: the first capped year)\n  --last-year Y           latest start year (default: the last capped year)\n  --weights W             priority weights, as for rank\n  --out FILE              write the roadmap with the planned starts (atomically)\n  --json                  print JSON\nExit codes: 0 planned, 1 no plan (dependency cycle, cap below committed spending, ...), 2 usage, 3 unreadable input.\n":
    "Utilisation : vigie-cli roadmap schedule FICHIER --cap ANNÉE=EUR,ANNÉE=EUR,... [options]\nChoisit l'année de début de chaque projet (PLNE, GLPK) pour que l'investissement de chaque année reste sous son plafond,\nque les dépendances soient respectées et que les projets prioritaires commencent les premiers ; affiche le chemin critique.\nOptions :\n  --cap ANNÉE=EUR,...     plafonds d'investissement annuels en euros (obligatoire)\n  --first-year A          première année de début possible (par défaut : la première année plafonnée)\n  --last-year A           dernière année de début possible (par défaut : la dernière année plafonnée)\n  --weights P             pondérations de priorité, comme pour rank\n  --out FICHIER           écrit la feuille de route avec les débuts planifiés (de façon atomique)\n  --json                  sortie JSON\nCodes de sortie : 0 planifié, 1 pas de plan (cycle de dépendances, plafond inférieur aux dépenses engagées…), 2 utilisation, 3 entrée illisible.\n",
    "Usage: vigie-cli roadmap rank FILE [--weights impact=W,cost=W,feasibility=W,demand=W] [--json]\nRanks the projects not done nor cancelled by a weighted score (0-100) of impact, cost (life-cycle,\ncheaper is better), feasibility and citizen demand (votes), each criterion's contribution shown,\nand classes them in the impact/effort matrix (quick win, structural, fill-in, questionable).\nDefault weights: impact=0.4,cost=0.2,feasibility=0.2,demand=0.2.\nExit codes: 0 done, 2 usage error, 3 the file cannot be read.\n":
    "Utilisation : vigie-cli roadmap rank FICHIER [--weights impact=P,cost=P,feasibility=P,demand=P] [--json]\nClasse les projets ni terminés ni abandonnés par un score pondéré (0-100) d'impact, de coût (en coût global,\nle moins cher est le mieux), de faisabilité et de demande citoyenne (votes), avec la contribution de chaque critère,\net les range dans la matrice impact/effort (gain rapide, structurant, complément, discutable).\nPondérations par défaut : impact=0.4,cost=0.2,feasibility=0.2,demand=0.2.\nCodes de sortie : 0 terminé, 2 erreur d'utilisation, 3 fichier illisible.\n",
    'Usage: vigie-cli roadmap export FILE --out X.csv|X.ics|X.gan\nExports the roadmap as CSV, as iCalendar start and end milestones, or as a GanttProject file.\nExit codes: 0 done, 1 the output cannot be written, 2 usage error, 3 the file cannot be read.\n':
    "Utilisation : vigie-cli roadmap export FICHIER --out X.csv|X.ics|X.gan\nExporte la feuille de route en CSV, en jalons de début et de fin iCalendar, ou en fichier GanttProject.\nCodes de sortie : 0 terminé, 1 impossible d'écrire la sortie, 2 erreur d'utilisation, 3 fichier illisible.\n",
    'Usage: vigie-cli roadmap import CSV --out FILE\nCreates a roadmap file from a CSV table with the columns of "roadmap export" (title, domain,\nstart and duration_months required). Nothing is written when a row is wrong.\nExit codes: 0 done, 1 the output cannot be written, 2 usage error, 3 the CSV cannot be read.\n':
    "Utilisation : vigie-cli roadmap import CSV --out FICHIER\nCrée un fichier de feuille de route à partir d'un tableau CSV ayant les colonnes de « roadmap export » (title, domain,\nstart et duration_months obligatoires). Rien n'est écrit si une ligne est incorrecte.\nCodes de sortie : 0 terminé, 1 impossible d'écrire la sortie, 2 erreur d'utilisation, 3 CSV illisible.\n",
    '(roadmap)': '(feuille de route)',
    'roadmap merge: expected BASE OURS THEIRS --out MERGED': 'roadmap merge : BASE NÔTRE LEUR --out FUSION attendus',
    'roadmap merge: %1': 'roadmap merge : %1',
    'roadmap %1: expected one roadmap FILE': 'roadmap %1 : un FICHIER de feuille de route attendu',
    'roadmap %1: %2': 'roadmap %1 : %2',
    'roadmap rank: %1': 'roadmap rank : %1',
    'roadmap schedule: --cap YEAR=EUR,... is required': 'roadmap schedule : --cap ANNÉE=EUR,... est obligatoire',
    'roadmap schedule: %1': 'roadmap schedule : %1',
    'roadmap schedule: %1 needs a year, not "%2"': 'roadmap schedule : %1 attend une année, pas « %2 »',
    'roadmap schedule: --out must not be the input file': "roadmap schedule : --out ne doit pas être le fichier d'entrée",
    'roadmap export: --out X.csv|X.ics|X.gan is required': 'roadmap export : --out X.csv|X.ics|X.gan est obligatoire',
    'roadmap export: %1: unknown format "%2" (use .csv, .ics or .gan)': 'roadmap export : %1 : format inconnu « %2 » (utilisez .csv, .ics ou .gan)',
    'roadmap export: %1': 'roadmap export : %1',
    'roadmap import: expected CSV --out FILE': 'roadmap import : CSV --out FICHIER attendus',
    'roadmap import: %1: cannot read the file (%2)': 'roadmap import : %1 : impossible de lire le fichier (%2)',
    'roadmap import: %1': 'roadmap import : %1',
    'roadmap import: warning: %1': 'roadmap import : avertissement : %1',
    'Roadmap of projects: merges offline edits, schedules under budget caps, ranks, exports and imports.': 'Feuille de route des projets : fusionne les modifications hors ligne, planifie sous plafonds budgétaires, classe, exporte et importe.',
    'roadmap: %1': 'roadmap : %1',
    'roadmap: unknown command "%1"': 'roadmap : commande inconnue « %1 »',
})


# --- added by the lead (fourth batch: budget CSV import and paper ballots) ---
FR.setdefault('vigie::budget', {}).update({
    '%1 needs individual ballots, but this vote holds aggregated paper counts: only the greedy rules can count them': '%1 a besoin de bulletins individuels, mais ce vote contient des décomptes papier agrégés : seules les règles gloutonnes peuvent les compter',
    '%1: %2 projects, %3 ballots written': '%1 : %2 projets, %3 bulletins écrits',
    '%1: CSV votes can only be imported as approval votes': "%1 : les votes CSV ne peuvent être importés que comme votes d'approbation",
    '%1: column "%2": %3': '%1 : colonne « %2 » : %3',
    '%1: cost too large': '%1 : coût trop grand',
    '%1: empty file, a header row is needed': "%1 : fichier vide, une ligne d'en-tête est nécessaire",
    '%1: missing column for %2 (expected one of: %3)': "%1 : colonne manquante pour %2 (attendu l'une de : %3)",
    '%1: no pseudonymisation key: voter ids are never imported in clear': '%1 : pas de clé de pseudonymisation : les identifiants des votants ne sont jamais importés en clair',
    '%1: paper votes can only be merged into approval votes': "%1 : les votes papier ne peuvent être fusionnés qu'avec des votes d'approbation",
    '%1: quoted field never closed': '%1 : champ entre guillemets jamais fermé',
    'Paper counts merged: only the greedy rules can count them (MES and Phragmen need individual ballots).': 'Décomptes papier fusionnés : seules les règles gloutonnes peuvent les compter (MES et Phragmén ont besoin de bulletins individuels).',
    'bad budget "%1": a positive amount is needed': 'budget incorrect « %1 » : un montant positif est nécessaire',
    'bad budget "%1": too large': 'budget incorrect « %1 » : trop grand',
    'bad number "%1" in paper_votes of project "%2"': 'nombre incorrect « %1 » dans paper_votes du projet « %2 »',
    'bad number "%1": a vote count is a whole number, 0 or more': 'nombre incorrect « %1 » : un nombre de voix est un entier positif ou nul',
    'duplicate voter (first on line %1)': 'votant en double (première occurrence ligne %1)',
    'import needs --budget AMOUNT (the total budget)': 'import nécessite --budget MONTANT (le budget total)',
    'import needs --out FILE.pb': 'import nécessite --out FICHIER.pb',
    'import needs --projects P.csv': 'import nécessite --projects P.csv',
    'import needs --votes V.csv': 'import nécessite --votes V.csv',
    'the paper vote count': 'le nombre de voix papier',
    'the project cost': 'le coût du projet',
    'the project id': "l'identifiant du projet",
    "the project id and vote count, or the ballot's projects": "l'identifiant du projet et le nombre de voix, ou les projets du bulletin",
    'the voted projects': 'les projets choisis',
    'the voter id': "l'identifiant du votant",
    'this voter already has a ballot': 'ce votant a déjà un bulletin',
    'unknown project "%1"': 'projet inconnu « %1 »',
    'vigie-cli budget import: %1': 'vigie-cli budget import : %1',
    'vigie-cli budget import: the environment variable %1 holds no pseudonymisation key; voter ids are never imported in clear': "vigie-cli budget import : la variable d'environnement %1 ne contient pas de clé de pseudonymisation ; les identifiants des votants ne sont jamais importés en clair",
})

# --- added by the lead (fifth batch: budget panel, overrides, sensor feeds) ---
FR.setdefault('vigie', {}).update({
    'An override needs a reason.': 'Une dérogation doit être motivée.',
    'An override needs a project.': 'Une dérogation doit porter sur un projet.',
    '%1: cannot read the audit log: %2': "%1 : impossible de lire le journal d'audit : %2",
    '%1: offset %2: not a valid audit log: %3': "%1 : position %2 : journal d'audit non valide : %3",
    '%1: override %2: project, action (include or exclude) and reason are required': "%1 : dérogation %2 : le projet, l'action (include ou exclude) et le motif sont obligatoires",
})
FR.setdefault('vigie::BudgetBarChart', {}).update({
    'No data': 'Aucune donnée',
})
FR.setdefault('vigie::BudgetOverrideDialog', {}).update({
    'Override the outcome': 'Déroger au résultat',
    'Project %1 is currently %2 by the rule. The override, your user name, the time and the reason are kept in the audit log.': "Le projet %1 est actuellement %2 par la règle. La dérogation, votre nom d'utilisateur, l'horodatage et le motif sont conservés dans le journal d'audit.",
    'funded': 'financé',
    'Include the project': 'Inclure le projet',
    'Exclude the project': 'Exclure le projet',
    'Action': 'Action',
    'Mandatory: why the outcome of the rule is overridden': 'Obligatoire : motif de la dérogation au résultat de la règle',
})
FR.setdefault('vigie::BudgetPanel', {}).update({
    'Open…': 'Ouvrir…',
    'Open a participatory-budget file (Pabulib .pb)': 'Ouvrir un fichier de budget participatif (Pabulib .pb)',
    'No participatory budget open': 'Aucun budget participatif ouvert',
    'Completion of the Method of Equal Shares': 'Complément de la méthode des parts égales',
    'Rule A': 'Règle A',
    'Rule B': 'Règle B',
    'Override…': 'Dérogation…',
    'Include or exclude the selected project, with a reason kept in the audit log': "Inclure ou exclure le projet sélectionné, avec un motif conservé dans le journal d'audit",
    'Table as CSV…': 'Tableau en CSV…',
    'Pabulib file (.pb)…': 'Fichier Pabulib (.pb)…',
    'Report for the council (PDF)…': 'Rapport pour le conseil municipal (PDF)…',
    'Select a project to see why it was funded or not.': 'Sélectionnez un projet pour voir pourquoi il a été financé ou non.',
    'Explanation': 'Explication',
    'Funded amount by category': 'Montant financé par catégorie',
    'Funded amount by district': 'Montant financé par quartier',
    'Charts': 'Graphiques',
    'Overrides (audit log)': "Dérogations (journal d'audit)",
    '%1: %2 projects, %3 voters, budget %4%5': '%1 : %2 projets, %3 votants, budget %4%5',
    'Open a participatory-budget file first.': "Ouvrez d'abord un fichier de budget participatif.",
    'Rule A: %1': 'Règle A : %1',
    'Rule B: %1': 'Règle B : %1',
    'Budget %1.': 'Budget %1.',
    'Rule A (%1): %2 projects funded, cost %3.': 'Règle A (%1) : %2 projets financés, coût %3.',
    'Rule B (%1): %2 projects funded, cost %3.': 'Règle B (%1) : %2 projets financés, coût %3.',
    'Funded by only one of the two rules (highlighted): %1.': 'Financés par une seule des deux règles (en surbrillance) : %1.',
    'After the overrides: %1 projects funded, cost %2.': 'Après les dérogations : %1 projets financés, coût %2.',
    'Over budget by %1.': 'Dépassement du budget de %1.',
    'Funded amount': 'Montant financé',
    'Voter satisfaction': 'Satisfaction des votants',
    '(none)': '(aucun)',
    '%1 (%2 of %3 projects)': '%1 (%2 projets sur %3)',
    'Funded amount by district, rule A (%1)': 'Montant financé par quartier, règle A (%1)',
    'Funded amount by category, rule A (%1)': 'Montant financé par catégorie, règle A (%1)',
    '%1 funded': '%1 financé(s)',
    '%1 voters': '%1 votants',
    'Voters by funded projects on their ballot, rule A: %1% with at least one': 'Votants selon le nombre de projets financés sur leur bulletin, règle A : %1 % en ont au moins un',
    'Included by an administrator override.': 'Inclus par une dérogation administrateur.',
    'Excluded by an administrator override.': 'Exclu par une dérogation administrateur.',
    'Open a participatory-budget file and wait for the rules first.': "Ouvrez d'abord un fichier de budget participatif et attendez le calcul des règles.",
    '%1: no project with id "%2".': "%1 : aucun projet d'identifiant « %2 ».",
    'Override by %1: %2 project %3 (%4)': 'Dérogation par %1 : %2 le projet %3 (%4)',
    'include': 'inclure',
    'exclude': 'exclure',
    '%1 — %2 — %3 project %4 (rule %5): %6': '%1 — %2 — %3 le projet %4 (règle %5) : %6',
    'Participatory budget: %1': 'Budget participatif : %1',
    'Rule: %1. Budget: %2. Projects: %3. Voters: %4.': 'Règle : %1. Budget : %2. Projets : %3. Votants : %4.',
    'Funded projects': 'Projets financés',
    'Id': 'Identifiant',
    'Title': 'Titre',
    'Cost': 'Coût',
    'Category': 'Catégorie',
    'District': 'Quartier',
    'Decision': 'Décision',
    'override': 'dérogation',
    'rule': 'règle',
    'Total: %1 projects, %2 of a budget of %3 (rule alone: %4 projects, %5).': 'Total : %1 projets, %2 sur un budget de %3 (règle seule : %4 projets, %5).',
    'Administrator overrides': 'Dérogations administrateur',
    'None.': 'Aucune.',
    'When': 'Horodatage',
    'Who': 'Auteur',
    'Project': 'Projet',
    'Action': 'Action',
    'Participatory budget': 'Budget participatif',
    '%1: the PDF could not be produced': "%1 : le PDF n'a pas pu être produit",
    'Open a participatory budget': 'Ouvrir un budget participatif',
    'Pabulib files (*.pb);;All files (*)': 'Fichiers Pabulib (*.pb);;Tous les fichiers (*)',
    'Export the projects table': 'Exporter le tableau des projets',
    'CSV files (*.csv)': 'Fichiers CSV (*.csv)',
    'Export the Pabulib file': 'Exporter le fichier Pabulib',
    'Pabulib files (*.pb)': 'Fichiers Pabulib (*.pb)',
    'Export the report for the council': 'Exporter le rapport pour le conseil municipal',
    'PDF files (*.pdf)': 'Fichiers PDF (*.pdf)',
})
FR.setdefault('vigie::BudgetProjectModel', {}).update({
    'Funded by rule A only': 'Financé par la règle A seulement',
    'Funded by rule B only': 'Financé par la règle B seulement',
    'included': 'inclus',
    'excluded': 'exclu',
    'Id': 'Identifiant',
    'Title': 'Titre',
    'Cost': 'Coût',
    'Points': 'Points',
    'Votes': 'Voix',
    'Category': 'Catégorie',
    'District': 'Quartier',
    'Funded (A: %1)': 'Financé (A : %1)',
    'Funded (A)': 'Financé (A)',
    'Funded (B: %1)': 'Financé (B : %1)',
    'Funded (B)': 'Financé (B)',
    'Override': 'Dérogation',
})
FR.setdefault('vigie::MainWindow', {}).update({
    '&Open participatory budget…': '&Ouvrir un budget participatif…',
    'Open a participatory-budget file (Pabulib .pb) in the budget panel': 'Ouvrir un fichier de budget participatif (Pabulib .pb) dans le panneau du budget',
    'B&udget': '&Budget',
    'Participatory budget': 'Budget participatif',
})
FR.setdefault('vigie::feeds', {}).update({
    'unknown decoder "%1" (known: %2)': 'décodeur inconnu « %1 » (connus : %2)',
    '%1 decoder: %2': 'décodeur %1 : %2',
    'empty payload': 'charge utile vide',
    'invalid JSON at offset %1: %2': 'JSON non valide à la position %1 : %2',
    'an array': 'un tableau',
    'an object': 'un objet',
    'nothing': 'rien',
    'topic "%1" has no segment %2 for the sensor id': "le sujet « %1 » n'a pas de segment %2 pour l'identifiant du capteur",
    'item %1: ': 'élément %1 : ',
    'expected an object, got %1': 'objet attendu, reçu %1',
    'missing sensor id %1': 'identifiant de capteur %1 manquant',
    'sensor id %1 is %2, not a string or an integer': "l'identifiant de capteur %1 est %2, et non une chaîne ou un entier",
    'missing time %1': 'horodatage %1 manquant',
    'time %1 is %2, not an ISO 8601 time or a Unix time': "l'horodatage %1 est %2, et non une date et heure ISO 8601 ou un temps Unix",
    'missing value %1': 'valeur %1 manquante',
    'value %1 is %2, not a number': 'la valeur %1 est %2, et non un nombre',
    'unit %1 is %2, not a string': "l'unité %1 est %2, et non une chaîne",
    'expected an Observation object, got %1': 'objet Observation attendu, reçu %1',
    'value[%1]: ': 'value[%1] : ',
    'no datastream id: topic "%1" is not v1.x/Datastreams(id)/Observations and the payload has no Datastream/@iot.id': "aucun identifiant de datastream : le sujet « %1 » n'est pas de la forme v1.x/Datastreams(id)/Observations et la charge utile n'a pas de Datastream/@iot.id",
    'missing field phenomenonTime (and resultTime)': 'champ phenomenonTime (et resultTime) manquant',
    '%1 is %2, not an ISO 8601 time': '%1 est %2, et non une date et heure ISO 8601',
    'missing field result': 'champ result manquant',
    'result is %1, not a number': 'result est %1, et non un nombre',
    'entity %1 is %2, not an object': "l'entité %1 est %2, et non un objet",
    'entity %1: missing field id': 'entité %1 : champ id manquant',
    'entity %1: %2 is %3, not an ISO 8601 time': 'entité %1 : %2 est %3, et non une date et heure ISO 8601',
    'entity %1: %2.observedAt is %3, not an ISO 8601 time': 'entité %1 : %2.observedAt est %3, et non une date et heure ISO 8601',
    'expected an uplink object, got %1': 'objet uplink attendu, reçu %1',
    'missing field end_device_ids.device_id': 'champ end_device_ids.device_id manquant',
    'missing field uplink_message (not an uplink)': 'champ uplink_message manquant (pas un message montant)',
    'missing field uplink_message.decoded_payload (set a payload formatter on the network server)': 'champ uplink_message.decoded_payload manquant (configurez un formateur de charge utile sur le serveur de réseau)',
    'missing field deviceInfo.%1': 'champ deviceInfo.%1 manquant',
    'missing field deviceInfo.devEui (v4) or %1 (v3)': 'champ deviceInfo.devEui (v4) ou %1 (v3) manquant',
    'devEUI "%1" is neither hexadecimal nor base64 of 8 bytes': "le devEUI « %1 » n'est ni de l'hexadécimal ni du base64 de 8 octets",
    'objectJSON: %1': 'objectJSON : %1',
    'missing field object (set a codec on the device profile)': "champ object manquant (configurez un codec dans le profil de l'équipement)",
    'decoded payload is %1, not an object': 'la charge utile décodée est %1, et non un objet',
    'missing field %1': 'champ %1 manquant',
    'line %1: ': 'ligne %1 : ',
    'expected 3 or 4 fields (sensor,time,value[,unit]), got %1': '3 ou 4 champs attendus (capteur,horodatage,valeur[,unité]), reçu %1',
    'empty sensor id': 'identifiant de capteur vide',
    'time "%1" is not an ISO 8601 time': "l'horodatage « %1 » n'est pas une date et heure ISO 8601",
    'value "%1" is not a number': "la valeur « %1 » n'est pas un nombre",
    'cannot convert to an unknown sensor kind': 'conversion impossible vers un type de capteur inconnu',
    'value %1 is not a finite number': "la valeur %1 n'est pas un nombre fini",
    'unit "%1" measures %2, not %3 (expected a unit convertible to %4)': "l'unité « %1 » mesure %2, et non %3 (unité convertible en %4 attendue)",
    'unknown unit "%1" for %2 (expected a unit convertible to %3)': 'unité inconnue « %1 » pour %2 (unité convertible en %3 attendue)',
    'sensor %1: %2': 'capteur %1 : %2',
})



# --- added by the lead (sixth batch: budget overrides in the CLI) ---
FR.setdefault('vigie::budget', {}).update({
    '%1: no such audit log': "%1 : journal d'audit introuvable",
    (
        'Usage: vigie-cli budget COMMAND FILE.pb [options]\n'
        'Participatory budget: count a Pabulib .pb vote with a chosen rule.\n'
        '\n'
        'Commands:\n'
        '  allocate FILE.pb --rule R [--completion C] [--json]   projects funded by rule R\n'
        '  explain FILE.pb --rule R [--completion C] [--json]    why each project was funded or not\n'
        '  compare FILE.pb --rules A,B [--completion C] [--json] projects funded by one rule and not the other\n'
        '  import --projects P.csv --votes V.csv --budget AMOUNT --out FILE.pb [--paper PAPER.csv]\n'
        '         [--key-env VAR] [--personal-fields]\n'
        '         converts a Decidim/CONSUL-style CSV export into a .pb file; voter ids are replaced by\n'
        '         keyed hashes (HMAC-SHA256) with the key read from the environment variable VAR\n'
        '         (default VIGIE_BUDGET_KEY), which is never stored; without a key nothing is imported.\n'
        '         PAPER.csv holds paper counts per project (project id, votes) or anonymous paper\n'
        '         ballots (one list of projects per row); counts only feed the greedy rules, MES and\n'
        '         Phragmen need individual ballots. --personal-fields also writes age, sex, neighbourhood.\n'
        '\n'
        'Rules: %1\n'
        '  ("city" is the rule written in the file\'s META: greedy, greedy-threshold or greedy-no-skip)\n'
        'Completions (mes-* rules only): none, greedy (greedy with the same satisfaction on what MES leaves),\n'
        "  add1-greedy (raise every voter's budget by one unit until the budget is exhausted, then greedy)\n"
        'Options:\n'
        '  --audit FILE      allocate: apply the administrator overrides of FILE (FILE.pb.audit.json, written by the app)\n'
        '  --json            print JSON\n'
        '  -h, --help        show this help\n'
        '\n'
        'Exit codes: 0 done, 1 failure, 2 usage error, 3 the file cannot be read.\n'):
        (
            'Utilisation : vigie-cli budget COMMANDE FICHIER.pb [options]\n'
            'Budget participatif : dépouille un vote Pabulib .pb selon la règle choisie.\n'
            '\n'
            'Commandes :\n'
            '  allocate FICHIER.pb --rule R [--completion C] [--json]   projets financés par la règle R\n'
            '  explain FICHIER.pb --rule R [--completion C] [--json]    pourquoi chaque projet a été financé ou non\n'
            "  compare FICHIER.pb --rules A,B [--completion C] [--json] projets financés par une règle et pas par l'autre\n"
            '  import --projects P.csv --votes V.csv --budget MONTANT --out FICHIER.pb [--paper PAPIER.csv]\n'
            '         [--key-env VAR] [--personal-fields]\n'
            '         convertit un export CSV de type Decidim/CONSUL en fichier .pb ; les identifiants des votants sont\n'
            "         remplacés par des empreintes à clé (HMAC-SHA256), la clé étant lue dans la variable d'environnement VAR\n"
            "         (par défaut VIGIE_BUDGET_KEY) et jamais enregistrée ; sans clé, rien n'est importé.\n"
            '         PAPIER.csv contient les décomptes papier par projet (identifiant du projet, voix) ou des bulletins\n'
            "         papier anonymes (une liste de projets par ligne) ; les décomptes ne servent qu'aux règles gloutonnes,\n"
            "         MES et Phragmén ont besoin de bulletins individuels. --personal-fields écrit aussi l'âge, le sexe et le quartier.\n"
            '\n'
            'Règles : %1\n'
            '  (« city » est la règle inscrite dans la section META du fichier : greedy, greedy-threshold ou greedy-no-skip)\n'
            'Compléments (règles mes-* uniquement) : none, greedy (glouton avec la même satisfaction sur ce que MES laisse),\n'
            "  add1-greedy (augmente d'une unité le budget de chaque votant jusqu'à épuisement du budget, puis glouton)\n"
            'Options :\n'
            "  --audit FICHIER   allocate : applique les dérogations de l'administrateur de FICHIER (FICHIER.pb.audit.json, écrit par l'application)\n"
            '  --json            sortie JSON\n'
            '  -h, --help        affiche cette aide\n'
            '\n'
            "Codes de sortie : 0 terminé, 1 échec, 2 erreur d'utilisation, 3 fichier illisible.\n"),
})

if __name__ == '__main__':
    command = sys.argv[1] if len(sys.argv) > 1 else 'fill'
    sys.exit({'refresh': refresh, 'fill': fill, 'missing': missing}[command]())
