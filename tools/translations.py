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
        comment = element.find('comment')
        self.comment = element_text(comment) if comment is not None else ''
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


def french(context, source, comment=''):
    # a disambiguation comment (QT_TRANSLATE_NOOP3) may need its own French form (gender, number)
    value = FR_COMMENTED.get((context, source, comment))
    if value is None:
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
                    value = french(name, m.source, m.comment)
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

# --- session 2 strings, part 1 (feeds, water, lighting, roadmap, budget) ---
FR.setdefault('vigie', {}).update({
    'street %1': 'voie %1',
    'none': 'néant',
    '%1 % %2-%3': '%1 % %2-%3',
    'below 40 %': 'moins de 40 %',
    '40-60 %': '40-60 %',
    '60-80 %': '60-80 %',
    '80-99 %': '80-99 %',
    'full power all night': 'pleine puissance toute la nuit',
    'cannot write the chart image %1': "impossible d'écrire l'image du graphique %1",
    'pressure-driven analysis needs REQUIRED PRESSURE above MINIMUM PRESSURE (by 0.1 at least) and a positive PRESSURE EXPONENT': "l'analyse en demande dépendante de la pression nécessite une REQUIRED PRESSURE supérieure à la MINIMUM PRESSURE (d'au moins 0,1) et un PRESSURE EXPONENT positif",
    'line %1: rule "%2": %3': 'ligne %1 : règle « %2 » : %3',
    'unknown relation "%1"': 'relation « %1 » inconnue',
    '"%1" is not a time': "« %1 » n'est pas une valeur de temps",
    'unknown system attribute "%1"': 'attribut système « %1 » inconnu',
    'attribute "%1" does not apply to node "%2"': "l'attribut « %1 » ne s'applique pas au nœud « %2 »",
    'status must be OPEN, CLOSED or ACTIVE, not "%1"': "l'état doit valoir OPEN, CLOSED ou ACTIVE, et non « %1 »",
    'a status is compared with IS or NOT only': "un état ne se compare qu'avec IS ou NOT",
    'attribute "%1" does not apply to link "%2"': "l'attribut « %1 » ne s'applique pas à l'arc « %2 »",
    'unknown object "%1"': 'objet « %1 » inconnu',
    'link "%1" has no numeric setting': "l'arc « %1 » n'a pas de consigne numérique",
    'line %1: [ENERGY]: %2': 'ligne %1 : [ENERGY] : %2',
    'unknown pump "%1"': 'pompe « %1 » inconnue',
    'expected "PUMP id EFFIC|PRICE|PATTERN value"': 'attendu : « PUMP id EFFIC|PRICE|PATTERN valeur »',
    'unknown efficiency curve "%1"': 'courbe de rendement « %1 » inconnue',
    'efficiency curve "%1" has no point': "la courbe de rendement « %1 » n'a aucun point",
    'efficiency must be a percentage, not "%1"': 'le rendement doit être un pourcentage, et non « %1 »',
    'price must be a number >= 0, not "%1"': 'le prix doit être un nombre >= 0, et non « %1 »',
    'unknown pattern "%1"': 'profil « %1 » inconnu',
    'unknown keyword "%1"': 'mot-clé « %1 » inconnu',
    'demand charge must be a number >= 0, not "%1"': 'la prime de puissance (demand charge) doit être un nombre >= 0, et non « %1 »',
    'check valve "%1" kept changing status and was held %2 (flow %3)': "le clapet anti-retour « %1 » changeait sans cesse d'état et a été maintenu %2 (débit %3)",
    'open': 'ouvert',
    'closed': 'fermé',
    "Usage: vigie-cli water simulate NET.inp --out DIR [--duration HOURS]\n\nRuns an extended-period hydraulic simulation of an EPANET input file and writes,\nat every reporting step and in the network's own units:\n  DIR/nodes.csv  time_s,node_id,demand,head,pressure\n  DIR/links.csv  time_s,link_id,flow,velocity,headloss,status\n  DIR/energy.csv pump_id,utilization_pct,efficiency_pct,kwh_per_volume,average_kw,peak_kw,kwh,cost,cost_per_day\n                 (volume: million US gallons in US units, m3 in SI units; last line: demand charge)\n\nOptions:\n  --out DIR          output folder (created when missing)\n  --duration HOURS   simulated duration instead of the file's [TIMES] Duration\n  -h, --help         this help\n\nExit codes: 0 ok, 1 simulation failed (e.g. no convergence), 2 usage error,\n3 unreadable or invalid input file.\n": "Utilisation : vigie-cli water simulate NET.inp --out DOSSIER [--duration HEURES]\n\nLance une simulation hydraulique de longue durée d'un fichier EPANET et écrit,\nà chaque pas de rapport et dans les unités du réseau :\n  DOSSIER/nodes.csv  time_s,node_id,demand,head,pressure\n  DOSSIER/links.csv  time_s,link_id,flow,velocity,headloss,status\n  DOSSIER/energy.csv pump_id,utilization_pct,efficiency_pct,kwh_per_volume,average_kw,peak_kw,kwh,cost,cost_per_day\n                     (volume : millions de gallons US en unités US, m3 en unités SI ; dernière ligne : prime de puissance)\n\nOptions :\n  --out DOSSIER      dossier de sortie (créé s'il manque)\n  --duration HEURES  durée simulée au lieu de la Duration de la section [TIMES]\n  -h, --help         cette aide\n\nCodes de sortie : 0 succès, 1 échec de la simulation (par ex. non-convergence),\n2 erreur d'utilisation, 3 fichier d'entrée illisible ou invalide.\n",
    'warning: time %1 s: %2': 'avertissement : instant %1 s : %2',
    'Receives a live MQTT feed into a territory until interrupted (QoS 1, journaled, nothing lost).': "Reçoit un flux MQTT en direct dans un territoire jusqu'à interruption (QoS 1, journalisé, sans perte).",
    'Checks a feed configuration: connects, subscribes, decodes what arrives for a few seconds.': "Vérifie une configuration de flux : se connecte, s'abonne et décode ce qui arrive pendant quelques secondes.",
})
FR.setdefault('vigie::AlarmsPanel', {}).update({
    'Info': 'Information',
    'Warning': 'Avertissement',
    'Critical': 'Critique',
    'Raised': 'Déclenchée',
    'Acknowledged': 'Acquittée',
    'Cleared': 'Clôturée',
    '%1 (back to normal)': '%1 (retour à la normale)',
    'Severity': 'Gravité',
    'Asset': 'Équipement',
    'Sensor': 'Capteur',
    'Rule': 'Règle',
    'State': 'État',
    'By': 'Par',
    'Operator:': 'Opérateur :',
    "Name recorded with acknowledge and clear (your session's user name by default)": "Nom enregistré lors de l'acquittement et de la clôture (par défaut, le nom d'utilisateur de votre session)",
    '&Acknowledge': '&Acquitter',
    'C&lear': '&Clôturer',
    'Show cleared': 'Afficher les alarmes clôturées',
    '(unbound)': '(non rattaché)',
    '%n open alarm(s)': ('%n alarme en cours', '%n alarmes en cours'),
    "Give the operator's name before acknowledging an alarm.": "Indiquez le nom de l'opérateur avant d'acquitter une alarme.",
    "Give the operator's name before clearing an alarm.": "Indiquez le nom de l'opérateur avant de clôturer une alarme.",
})
FR.setdefault('vigie::BudgetMap', {}).update({
    'Participatory budget projects': 'Projets du budget participatif',
    'On the map: %1 projects by their coordinates, %2 in their district.': 'Sur la carte : %1 projets placés selon leurs coordonnées, %2 dans leur quartier.',
    '%1 projects have neither coordinates nor a district of this territory.': "%1 projets n'ont ni coordonnées ni quartier de ce territoire.",
    'Funded by both rules': 'Financé par les deux règles',
    'Not funded': 'Non financé',
})
FR.setdefault('vigie::Cli', {}).update({
    'Cannot add the demo roadmap: %1': "Impossible d'ajouter la feuille de route de démonstration : %1",
})
FR.setdefault('vigie::FeedsAuth', {}).update({
    'cannot read the feed configuration %1: %2': 'impossible de lire la configuration de flux %1 : %2',
    '%1: invalid JSON at byte %2: %3': "%1 : JSON non valide à l'octet %2 : %3",
    '%1: a feed configuration is a JSON object': '%1 : une configuration de flux doit être un objet JSON',
    '%1: field "authcfg" must be the id of a QGIS authentication configuration (a string)': '%1 : le champ "authcfg" doit être l\'identifiant d\'une configuration d\'authentification QGIS (une chaîne)',
    'the QGIS authentication manager is not available (authentication configuration %1)': "le gestionnaire d'authentification de QGIS n'est pas disponible (configuration d'authentification %1)",
    'no QGIS authentication configuration with id %1': "aucune configuration d'authentification QGIS d'identifiant %1",
    'cannot read QGIS authentication configuration %1 (master password not given or wrong)': "impossible de lire la configuration d'authentification QGIS %1 (mot de passe principal absent ou erroné)",
    'QGIS authentication configuration %1 uses the %2 method; an MQTT feed needs Basic (user name and password)': "la configuration d'authentification QGIS %1 utilise la méthode %2 ; un flux MQTT nécessite la méthode Basic (nom d'utilisateur et mot de passe)",
})
FR.setdefault('vigie::FeedsHistoryChart', {}).update({
    'Select a sensor or an alarm to see its history': 'Sélectionnez un capteur ou une alarme pour voir son historique',
    'Values': 'Valeurs',
    'Min – max (15 min)': 'Min – max (15 min)',
    'Mean (15 min)': 'Moyenne (15 min)',
    '%1 — 15-minute aggregates (%n bucket(s))': ('%1 — agrégats sur 15 minutes (%n intervalle)', '%1 — agrégats sur 15 minutes (%n intervalles)'),
    '%1 — raw values (%n value(s))': ('%1 — valeurs brutes (%n valeur)', '%1 — valeurs brutes (%n valeurs)'),
})
FR.setdefault('vigie::FeedsPanel', {}).update({
    'OK': 'OK',
    'Alarm': 'Alarme',
    'Stale': 'Non rafraîchi',
    'Offline': 'Hors ligne',
    'Not bound to an asset: select it and use "Bind on map"': 'Non rattaché à un équipement : sélectionnez-le et utilisez « Rattacher sur la carte »',
    '(unbound)': '(non rattaché)',
    'Sensor': 'Capteur',
    'Kind': 'Type',
    'Asset': 'Équipement',
    'Last value': 'Dernière valeur',
    'State': 'État',
    'Feed': 'Flux',
    'Status': 'Statut',
    'Msg/s': 'Msg/s',
    'Last message': 'Dernier message',
    'Messages': 'Messages',
    'Errors': 'Erreurs',
    'Reconnects': 'Reconnexions',
    'Start &replay': 'Lancer le &rejeu',
    'Built-in demo feed: a week of L-Town SCADA readings, lamp power and bin fill levels, stored like a live feed': 'Flux de démonstration intégré : une semaine de relevés SCADA de L-Town, de puissances de lampes et de niveaux de remplissage de conteneurs, enregistrée comme un flux en direct',
    'Speed:': 'Vitesse :',
    'Simulated seconds per second': 'Secondes simulées par seconde',
    'Add &MQTT feed…': 'Ajouter un flux &MQTT…',
    'Remove feed': 'Retirer le flux',
    'Filter sensors…': 'Filtrer les capteurs…',
    'Unbound only': 'Non rattachés uniquement',
    '&Bind on map': 'Rattacher sur la &carte',
    'Bind the selected sensor: click its asset on the map': 'Rattacher le capteur sélectionné : cliquez sur son équipement sur la carte',
    'Live feeds unavailable: %1': 'Flux en direct indisponibles : %1',
    'Sensor bound.': 'Capteur rattaché.',
    'Binding %1 to %2 #%3…': 'Rattachement de %1 à %2 #%3…',
    'Add an MQTT feed': 'Ajouter un flux MQTT',
    'Feed configuration (*.json)': 'Configuration de flux (*.json)',
    'Click the asset to bind %1 to.': "Cliquez sur l'équipement auquel rattacher %1.",
    '%1 sensors on the map: %2 — %3 unbound': '%1 capteurs sur la carte : %2 — %3 non rattachés',
    'Built-in replay (L-Town SCADA, lighting, bins)': 'Rejeu intégré (SCADA L-Town, éclairage, conteneurs)',
    'Running ×%1 — %2': 'En cours ×%1 — %2',
    'Stopped': 'Arrêté',
    'Connected': 'Connecté',
    'Disconnected': 'Déconnecté',
    'Stop &replay': 'Arrêter le &rejeu',
    'Feeds': 'Flux',
    'Alarms': 'Alarmes',
    'Sensor history': 'Historique des capteurs',
    '&Feeds': '&Flux',
    'Start or stop the &replay feed': 'Lancer ou arrêter le flux de &rejeu',
    'Add an &MQTT feed…': 'Ajouter un flux &MQTT…',
})
FR.setdefault('vigie::FeedsService', {}).update({
    'No territory is open.': "Aucun territoire n'est ouvert.",
    'Built-in replay (L-Town SCADA, lighting, bins)': 'Rejeu intégré (SCADA L-Town, éclairage, conteneurs)',
})
FR.setdefault('vigie::LightingMap', {}).update({
    'EN 13201 class': 'Classe EN 13201',
    'Power': 'Puissance',
    'Technology': 'Technologie',
    'Proposed dimming': 'Gradation proposée',
    'Class family': 'Famille de classes',
    'Why this class': 'Justification de la classe',
    'Proposed dimming profile': 'Profil de gradation proposé',
    'Night-mean level (%)': 'Niveau moyen de nuit (%)',
    'Segment index': 'Index du tronçon',
    'Lighting classes': "Classes d'éclairage",
    'System power (W)': 'Puissance système (W)',
    'LED retrofit year': 'Année de passage en LED',
    'Luminaire index': 'Index du luminaire',
    'Luminaires (analysis)': 'Luminaires (analyse)',
    'Lit streets': 'Voies éclairées',
    'up to 60 W': "jusqu'à 60 W",
    '60-120 W': '60-120 W',
    '120-180 W': '120-180 W',
    '180-300 W': '180-300 W',
    'over 300 W': 'plus de 300 W',
})
FR.setdefault('vigie::LightingPanel', {}).update({
    'Design': 'Dimensionnement',
    'off': 'éteint',
    'Required %1: %2 % of the design level; delivered %3 %; uniformity %4; %5': 'Classe requise %1 : %2 % du niveau de dimensionnement ; niveau fourni %3 % ; uniformité %4 ; %5',
    'compliant': 'conforme',
    'NOT compliant': 'NON conforme',
    'No territory': 'Aucun territoire',
    'Map by:': 'Représenter par :',
    'How the lit streets and luminaires are drawn on the map': 'Mode de représentation des voies éclairées et des luminaires sur la carte',
    'Optimise': 'Optimiser',
    'Adaptive dimming (LP) and LED retrofit plan (MILP) in the background': 'Gradation adaptative (PL) et plan de passage en LED (PLNE), calculés en arrière-plan',
    'PDF report…': 'Rapport PDF…',
    'Loading the inventory… %1 s': "Chargement de l'inventaire… %1 s",
    'Optimising: dimming LPs and retrofit MILP (GLPK)… %1 s': 'Optimisation : PL de gradation et PLNE de passage en LED (GLPK)… %1 s',
    ' € / year': ' € / an',
    'Gross LED retrofit investment per year; 0: dimming only': 'Investissement brut annuel de passage en LED ; 0 : gradation seule',
    ' years': ' ans',
    'whole cabinets': 'armoires entières',
    'single luminaires': "luminaires à l'unité",
    'from': 'de',
    'Switch off pedestrian and residential streets (P classes) at night (arrêté of 27 December 2018)': 'Éteindre la nuit les voies piétonnes et résidentielles (classes P) (arrêté du 27 décembre 2018)',
    'to': 'à',
    ' €/kWh': ' €/kWh',
    ' kg CO₂e/kWh': ' kg CO₂e/kWh',
    ' € / luminaire': ' € / luminaire',
    ' € / cabinet': ' € / armoire',
    'Yearly budget': 'Budget annuel',
    'Plan length': 'Durée du plan',
    'Convert': 'Rénover par',
    'Switch-off (P classes)': 'Extinction (classes P)',
    'Peak tariff': 'Tarif heures pleines',
    'Off-peak tariff (22:00-06:00)': 'Tarif heures creuses (22:00-06:00)',
    'Carbon factor': "Facteur d'émission",
    'CEE subsidy': 'Prime CEE',
    'LED lantern, fitted': 'Lanterne LED, posée',
    'Cabinet conversion': "Rénovation d'une armoire",
    "Defaults: Tarif Bleu HP/HC of 1 Feb 2025 (TTC), ADEME 2022 mix, CEE sheet RES-EC-104. Lights on from sunset to sunrise (NOAA) at the territory's position.": 'Valeurs par défaut : Tarif Bleu HP/HC du 1er février 2025 (TTC), mix ADEME 2022, fiche CEE RES-EC-104. Éclairage allumé du coucher au lever du soleil (NOAA) à la position du territoire.',
    'Parameters': 'Paramètres',
    'Today': "Aujourd'hui",
    'Dimming only': 'Gradation seule',
    'After the plan': 'Après le plan',
    'Saved': 'Économie',
    'kWh / year': 'kWh / an',
    '€ / year': '€ / an',
    't CO₂ / year': 't CO₂ / an',
    'Plan per year': 'Plan par année',
    'Year': 'Année',
    'Units': 'Unités',
    'Cost (€)': 'Coût (€)',
    'CEE (€)': 'CEE (€)',
    'kWh saved/yr': 'kWh économisés/an',
    'Results': 'Résultats',
    'Compliance': 'Conformité',
    'Filter streets by name, id or class': 'Filtrer les voies par nom, identifiant ou classe',
    'Class': 'Classe',
    'Street profile': 'Fiche de la voie',
    '%1 luminaires, %2 lit streets (%3 unlinked luminaires). Set the parameters and click Optimise.': '%1 luminaires, %2 voies éclairées (%3 luminaires non rattachés à une voie). Réglez les paramètres et cliquez sur Optimiser.',
    'Open a territory with street lighting first.': "Ouvrez d'abord un territoire comportant de l'éclairage public.",
    'Optimised in %1 s: %2 % less energy, %3 % of street × band cells compliant.': "Optimisé en %1 s : %2 % d'énergie en moins, %3 % des cellules voie × plage horaire conformes.",
    'Optimisation failed: %1': "Échec de l'optimisation : %1",
    'Loading cancelled.': 'Chargement annulé.',
    'Optimisation cancelled; the previous results are kept.': 'Optimisation annulée ; les résultats précédents sont conservés.',
    'Lighting analysis': "Analyse de l'éclairage",
    'No dimming proposed yet: every luminaire is at full power until you click Optimise.': "Aucune gradation proposée pour l'instant : chaque luminaire reste à pleine puissance tant que vous n'avez pas cliqué sur Optimiser.",
    'Not optimised yet.': 'Pas encore optimisé.',
    '<b>Investment</b> %1 € (CEE %2 €), <b>payback</b> %3 years, NPV %4 € (gap to the LP bound %5 %).<br><b>Compliance</b>: %6 of %7 street × band cells (%8 %). %9 lit hours per year in %10 bands.': "<b>Investissement</b> %1 € (CEE %2 €), <b>temps de retour</b> %3 ans, VAN %4 € (écart à la borne PL %5 %).<br><b>Conformité</b> : %6 cellules voie × plage horaire sur %7 (%8 %). %9 heures d'éclairage par an, réparties en %10 plages horaires.",
    '<h3>%1</h3><p><b>Class %2</b> (%3, %4 km/h, %5 vehicles/day%6). %7 luminaires.</p>': '<h3>%1</h3><p><b>Classe %2</b> (%3, %4 km/h, %5 véhicules/jour%6). %7 luminaires.</p>',
    ', counted': ', selon comptage',
    ', default for the road type': ', valeur par défaut du type de voie',
    '<p><b>Why this class</b> (CEN/TR 13201-1 weighting):<br>%1</p>': '<p><b>Justification de la classe</b> (pondération CEN/TR 13201-1) :<br>%1</p>',
    '<p><b>Proposed dimming</b>: %1</p>': '<p><b>Gradation proposée</b> : %1</p>',
    'no lighting analysis to report': "aucune analyse d'éclairage à présenter",
    '-lighting.pdf': '-eclairage.pdf',
    'Street lighting report': "Rapport d'éclairage public",
    'The report was not written: %1': "Le rapport n'a pas été écrit : %1",
    'Report written: %1 (%2 pages)': 'Rapport écrit : %1 (%2 pages)',
    '&Lighting': 'É&clairage',
    '&Show the lighting panel': "&Afficher le panneau de l'éclairage",
    '&Optimise': '&Optimiser',
    '&PDF report…': 'Rapport &PDF…',
})
FR.setdefault('vigie::LightingReport', {}).update({
    'Street lighting report': "Rapport d'éclairage public",
    'Street lighting — %1': 'Éclairage public — %1',
    '%1 luminaires, %2 lit streets, %3 lit hours per year · Vigie, %4': "%1 luminaires, %2 voies éclairées, %3 heures d'éclairage par an · Vigie, %4",
    'Legend': 'Légende',
    'Per year': 'Par an',
    'Today': "Aujourd'hui",
    'Dimming only': 'Gradation seule',
    'After the plan': 'Après le plan',
    'Saved': 'Économie',
    'Energy (MWh)': 'Énergie (MWh)',
    'Cost (k€)': 'Coût (k€)',
    'CO₂ (t)': 'CO₂ (t)',
    'Retrofit plan': 'Plan de passage en LED',
    'Investment': 'Investissement',
    '%1 k€': '%1 k€',
    'CEE subsidies': 'Primes CEE',
    'Payback': 'Temps de retour',
    '%1 years': '%1 ans',
    'NPV of savings': 'VAN des économies',
    'Gap to the LP bound': 'Écart à la borne PL',
    'Compliance (street × band)': 'Conformité (voie × plage horaire)',
    '%1 % of %2 cells': '%1 % de %2 cellules',
    'Budget %1 k€ per year over %2 years (%3)': 'Budget de %1 k€ par an sur %2 ans (%3)',
    'whole cabinets': 'armoires entières',
})

# --- session 2 strings, part 2 (feeds, water, lighting, roadmap, budget) ---
# French translations for /work/notes/missing-fr-2.txt (helper K=2)
FR.setdefault('vigie::LightingReport', {}).update({
    'single luminaires': "points lumineux à l'unité",
    'Tariff %1 / %2 €/kWh (peak / off-peak)': 'Tarif %1 / %2 €/kWh (heures pleines / heures creuses)',
    '%1 kg CO₂e/kWh; CEE %2 € per luminaire': '%1 kg CO₂e/kWh ; CEE %2 € par point lumineux',
    'P-class streets switched off %1-%2': 'Voies de classe P éteintes de %1 à %2',
    'No switch-off window': "Pas de plage d'extinction",
    'Energy, savings and plan': 'Énergie, économies et plan',
    'Year': 'Année',
    'Cabinets': 'Armoires',
    'Units': 'Unités',
    'CEE (k€)': 'CEE (k€)',
    'MWh saved/yr': 'MWh économisés/an',
    'Design class': "Classe d'éclairage",
    'Street × band cells': 'Cellules voie × plage horaire',
    'Compliant': 'Conformes',
    'Share (%)': 'Part (%)',
    'run the optimisation before exporting the report': "lancez l'optimisation avant d'exporter le rapport",
    'cannot create a temporary folder: %1': 'impossible de créer un dossier temporaire : %1',
    'the print layout could not be exported to PDF (QGIS exporter code %1)': "la mise en page n'a pas pu être exportée en PDF (code de l'exporteur QGIS %1)",
    'cannot read the exported PDF %1': 'impossible de lire le PDF exporté %1',
})
FR.setdefault('vigie::RoadmapBudgetChart', {}).update({
    'Capex per year against the cap (M€)': 'Investissement annuel par rapport au plafond (M€)',
    'Committed': 'Engagé',
    'Planned': 'Prévu',
    'Cap': 'Plafond',
})
FR.setdefault('vigie::RoadmapGanttView', {}).update({
    "Drag a bar to move the project's start; double-click to edit it. Red outline: critical path.": 'Faites glisser une barre pour déplacer le début du projet ; double-cliquez pour le modifier. Contour rouge : chemin critique.',
    'No project in the roadmap.': 'Aucun projet dans la feuille de route.',
    '%1\n%2 → %3 (%4 months), %5\n%6': '%1\n%2 → %3 (%4 mois), %5\n%6',
    'Committed: its dates are fixed.': 'Engagé : ses dates sont figées.',
    'Drag to move its start.': 'Faites glisser pour déplacer son début.',
})
FR.setdefault('vigie::RoadmapKpiChart', {}).update({
    'KPI tracking: measured vs target': 'Suivi des indicateurs : mesuré par rapport à la cible',
    'KPI tracking: %1': 'Suivi des indicateurs : %1',
    'KPI tracking: select a project': 'Suivi des indicateurs : sélectionnez un projet',
    'Target (100 %)': 'Cible (100 %)',
    'Measured': 'Mesuré',
    '%1: %2 / %3 %4': '%1 : %2 / %3 %4',
    '%1: not measured / %2 %3': '%1 : non mesuré / %2 %3',
})
FR.setdefault('vigie::RoadmapMatrixChart', {}).update({
    'Impact / effort matrix': 'Matrice impact / effort',
    'Effort (cost and duration, 0-1)': 'Effort (coût et durée, 0-1)',
    'Impact (0-10)': 'Impact (0-10)',
})
FR.setdefault('vigie::RoadmapMergeDialog', {}).update({
    'Merge roadmap files': 'Fusionner des fichiers de feuille de route',
    'Base (common ancestor)': 'Base (ancêtre commun)',
    'The roadmap file both copies started from': 'Le fichier de feuille de route dont les deux copies sont issues',
    'Ours (my copy)': 'Notre version (ma copie)',
    'Your edited copy': 'Votre copie modifiée',
    'Theirs (their copy)': 'Leur version (copie du collègue)',
    "The colleague's edited copy": 'La copie modifiée par votre collègue',
    '&Merge': '&Fusionner',
    'Choose the three files, then Merge.': 'Choisissez les trois fichiers, puis cliquez sur Fusionner.',
    'Kind': 'Type',
    'Base': 'Base',
    'Ours': 'Notre version',
    'Theirs': 'Leur version',
    'Keep &mine': 'Garder la &mienne',
    'Keep &theirs': 'Garder la &leur',
    '&Edit…': '&Modifier…',
    '&Save merged as…': '&Enregistrer la fusion sous…',
    'merge the files first': "fusionnez d'abord les fichiers",
    '%1 is one of the inputs: a merge never overwrites its inputs; choose a new file': "%1 est l'un des fichiers d'entrée : une fusion n'écrase jamais ses fichiers d'entrée ; choisissez un nouveau fichier",
    '(whole project)': '(projet entier)',
    '%1 projects merged: %2 change(s) from ours, %3 from theirs. %4 conflict(s) to resolve.': '%1 projets fusionnés : %2 modification(s) de notre côté, %3 du leur. %4 conflit(s) à résoudre.',
    'Nothing left to resolve: save the merged file.': 'Plus rien à résoudre : enregistrez le fichier fusionné.',
    'Saved to %1.': 'Enregistré dans %1.',
    'Roadmap file': 'Fichier de feuille de route',
    'Roadmap (*.json *.roadmap);;All files (*)': 'Feuille de route (*.json *.roadmap);;Tous les fichiers (*)',
    'Edit the value': 'Modifier la valeur',
    'Value of "%1" (JSON):': 'Valeur de « %1 » (JSON) :',
    'the whole project': 'le projet entier',
    'The edited value is not valid JSON: %1': "La valeur modifiée n'est pas du JSON valide : %1",
    'merged.json': 'merged.json',
    'Save the merged roadmap': 'Enregistrer la feuille de route fusionnée',
    'Roadmap (*.json)': 'Feuille de route (*.json)',
})
FR.setdefault('vigie::RoadmapPanel', {}).update({
    'Vigie user': 'Utilisateur Vigie',
    'No roadmap: open a territory.': 'Aucune feuille de route : ouvrez un territoire.',
    'Add': 'Ajouter',
    'Add a project': 'Ajouter un projet',
    'Edit': 'Modifier',
    'Edit the selected project (or double-click its bar)': 'Modifier le projet sélectionné (ou double-cliquer sur sa barre)',
    'Remove': 'Supprimer',
    'Remove the selected project': 'Supprimer le projet sélectionné',
    'Schedule': 'Planifier',
    'Plan the starts under the yearly caps and the dependencies (MILP, GLPK)': 'Planifier les démarrages sous les plafonds annuels, en respectant les dépendances (PLNE, GLPK)',
    'Baseline': 'Référence',
    'Save the current plan as the baseline': 'Enregistrer le plan actuel comme référence',
    'Merge…': 'Fusionner…',
    'Three-way merge of roadmap files edited offline': 'Fusion à trois voies de fichiers de feuille de route modifiés hors ligne',
    'Open file…': 'Ouvrir un fichier…',
    "Replace the territory's roadmap by a roadmap file (e.g. a merge result)": "Remplacer la feuille de route du territoire par un fichier de feuille de route (p. ex. le résultat d'une fusion)",
    'Export…': 'Exporter…',
    'Roadmap file, CSV, iCalendar or GanttProject': 'Fichier de feuille de route, CSV, iCalendar ou GanttProject',
    'PDF report…': 'Rapport PDF…',
    'Title, Gantt, budget per year, ranking and critical path, one page each': 'Titre, Gantt, budget par année, classement et chemin critique, une page pour chacun',
    'Impact': 'Impact',
    'Feasibility': 'Faisabilité',
    'Citizen demand': 'Demande citoyenne',
    'Weight of %1 (weights are normalised to a sum of 1)': 'Poids du critère %1 (les poids sont ramenés à une somme de 1)',
    'Rank': 'Rang',
    'Score': 'Score',
    'Matrix': 'Matrice',
    'Year': 'Année',
    'Cap (€)': 'Plafond (€)',
    'Committed': 'Engagé',
    'Planned': 'Prévu',
    'Margin': 'Marge',
    'Edit a cap (empty: no cap). A cap below the spending already committed that year is refused.': 'Modifiez un plafond (vide : sans plafond). Un plafond inférieur aux dépenses déjà engagées cette année-là est refusé.',
    'Budget cap for %1: "%2" is not an amount': "Plafond budgétaire pour %1 : « %2 » n'est pas un montant",
    'KPI': 'Indicateur',
    'Target': 'Cible',
    'Measured': 'Mesuré',
    'Enter the measured value of a KPI in the last column': "Saisissez la valeur mesurée d'un indicateur dans la dernière colonne",
    'KPI "%1": "%2" is not a number': "Indicateur « %1 » : « %2 » n'est pas un nombre",
    'Timeline': 'Chronologie',
    'Priorities': 'Priorités',
    'Budget': 'Budget',
    'KPIs': 'Indicateurs',
    'Roadmap': 'Feuille de route',
    'Roadmap of %1: %2 projects (saved %3).': 'Feuille de route de %1 : %2 projets (enregistrée le %3).',
    '%1 has no roadmap yet: add projects or open a roadmap file.': "%1 n'a pas encore de feuille de route : ajoutez des projets ou ouvrez un fichier de feuille de route.",
    'No territory is open: the roadmap is not saved.': "Aucun territoire n'est ouvert : la feuille de route n'est pas enregistrée.",
    '%1 — %2 projects, ends %3': '%1 — %2 projets, fin %3',
    '<p>Select a project (click its bar) to see its details and its linked features on the map. Drag a bar to move the project; double-click it to edit.</p><p><b>Critical path</b> (red): %1</p>': '<p>Sélectionnez un projet (cliquez sur sa barre) pour afficher ses détails et les entités qui lui sont liées sur la carte. Faites glisser une barre pour déplacer le projet ; double-cliquez dessus pour le modifier.</p><p><b>Chemin critique</b> (en rouge) : %1</p>',
    'Baseline: start slip %1 month(s), finish slip %2, capex variance %3': "Référence : glissement du début %1 mois, glissement de la fin %2, écart d'investissement %3",
    'on the critical path': 'sur le chemin critique',
    'slack: %1 month(s)': 'marge : %1 mois',
    '%1 · %2 · %3 → %4 (%5 months) · %6': '%1 · %2 · %3 → %4 (%5 mois) · %6',
    'Capex %1, opex %2 per year. Funding: %3': 'Investissement %1, fonctionnement %2 par an. Financement : %3',
    'Owner: %1. Consulted: %2. Linked on the map: %3 feature(s).': 'Responsable : %1. Parties consultées : %2. Liées sur la carte : %3 entité(s).',
    'Weights %1. Select a project to see how its score is made.': 'Pondérations %1. Sélectionnez un projet pour voir le détail de son score.',
    'Project %1 not changed: %2': 'Projet %1 non modifié : %2',
    'There is no project %1': "Il n'y a pas de projet %1",
    'Project %1 not removed: project %2 depends on it (field "dependencies")': 'Projet %1 non supprimé : le projet %2 en dépend (champ "dependencies")',
    'Project %1, field "start": the project is %2, its dates are fixed': 'Projet %1, champ "start" : le projet a le statut « %2 », ses dates sont figées',
    'Project %1, field "start": not a valid month': 'Projet %1, champ "start" : mois non valide',
    '%1 starts after its predecessors end: moved to %2.': '%1 démarre après la fin de ses prédécesseurs : déplacé à %2.',
    'Project %1, field "start": moving it to %2 would delay %3, which is %4 (its dates are fixed)': 'Projet %1, champ "start" : le déplacer à %2 retarderait %3, qui a le statut « %4 » (ses dates sont figées)',
    'Moved later to keep the dependency order: %1.': "Repoussé(s) pour respecter l'ordre des dépendances : %1.",
    '%1 now starts %2.': '%1 démarre désormais en %2.',
    'Ranking weights: %1': 'Pondérations du classement : %1',
    'Project %1 has no KPI "%2"': "Le projet %1 n'a pas d'indicateur « %2 »",
    'Project %1, KPI "%2": not a number': "Projet %1, indicateur « %2 » : ce n'est pas un nombre",
    'Schedule: set the yearly budget caps first (Budget tab).': "Planification : définissez d'abord les plafonds budgétaires annuels (onglet Budget).",
    'Scheduling under the caps…': 'Planification sous les plafonds…',
    'The roadmap changed while scheduling: schedule again.': 'La feuille de route a changé pendant la planification : relancez la planification.',
    'Schedule: %1': 'Planification : %1',
    'Optimal plan applied.': 'Plan optimal appliqué.',
    'Feasible plan applied (time limit reached).': 'Plan réalisable appliqué (limite de temps atteinte).',
    '%1 project(s) could not be scheduled under the caps.': "%1 projet(s) n'ont pas pu être planifiés sous les plafonds.",
    'Writing the PDF report %1…': 'Écriture du rapport PDF %1…',
    'PDF report written: %1': 'Rapport PDF écrit : %1',
    'PDF report: %1': 'Rapport PDF : %1',
    'Select a project first.': "Sélectionnez d'abord un projet.",
    'Remove project': 'Supprimer le projet',
    'Remove %1 from the roadmap?': 'Supprimer %1 de la feuille de route ?',
    'Merged roadmap': 'Feuille de route fusionnée',
    'Store the merged roadmap (%1 projects) in the territory, replacing the current one?': 'Enregistrer la feuille de route fusionnée (%1 projets) dans le territoire, à la place de la feuille de route actuelle ?',
    'Open a roadmap file': 'Ouvrir un fichier de feuille de route',
    'Roadmap (*.json);;All files (*)': 'Feuille de route (*.json);;Tous les fichiers (*)',
    'Roadmap read from %1.': 'Feuille de route lue depuis %1.',
    'Export the roadmap': 'Exporter la feuille de route',
    'Roadmap file (*.json);;CSV (*.csv);;iCalendar milestones (*.ics);;GanttProject (*.gan)': 'Fichier de feuille de route (*.json);;CSV (*.csv);;Jalons iCalendar (*.ics);;GanttProject (*.gan)',
    'Exported to %1.': 'Exporté vers %1.',
    'PDF report of the roadmap': 'Rapport PDF de la feuille de route',
    'roadmap-report.pdf': 'roadmap-report.pdf',
    'PDF (*.pdf)': 'PDF (*.pdf)',
    'Baseline saved: the current dates and costs are the new reference.': 'Référence enregistrée : les dates et les coûts actuels deviennent la nouvelle référence.',
    '&Roadmap': '&Feuille de route',
    '&Show the roadmap': '&Afficher la feuille de route',
    '&Merge roadmap files…': '&Fusionner des fichiers de feuille de route…',
    '&PDF report…': 'Rapport &PDF…',
})
FR.setdefault('vigie::RoadmapProjectDialog', {}).update({
    'New project': 'Nouveau projet',
    'Project: %1': 'Projet : %1',
    ' months': ' mois',
    'SOURCE=EUROS; ... e.g. DSIL=300000; FEDER=200000': 'SOURCE=EUROS ; ... p. ex. DSIL=300000 ; FEDER=200000',
    'KPI|TARGET|UNIT; ... e.g. Energy saved|450000|kWh/year': 'INDICATEUR|CIBLE|UNITÉ ; ... p. ex. Énergie économisée|450000|kWh/an',
    'territory:districts/5; lighting:cabinets/12; ...': 'territory:districts/5 ; lighting:cabinets/12 ; ...',
    'Domain': 'Domaine',
    'Status': 'Statut',
    'Capex': 'Investissement',
    'Opex per year': 'Fonctionnement par an',
    'Start': 'Début',
    'Duration': 'Durée',
    'Owner': 'Responsable',
    'Impact (0-10)': 'Impact (0-10)',
    'Feasibility (0-10)': 'Faisabilité (0-10)',
    'Citizen votes': 'Votes citoyens',
    'Depends on': 'Dépend de',
    'Funding': 'Financement',
    'Benefits (KPIs)': 'Bénéfices (indicateurs)',
    'Stakeholders consulted': 'Parties prenantes consultées',
    'Linked map features': 'Entités liées sur la carte',
    '(new project)': '(nouveau projet)',
    'Project %1, field "%2": %3': 'Projet %1, champ « %2 » : %3',
    'title': 'titre',
    'a title is required': 'un titre est obligatoire',
    'capex': 'investissement',
    '%1 is negative': '%1 est négatif',
    'opex': 'fonctionnement',
    'funding': 'financement',
    '"%1" is not SOURCE=EUROS with an amount >= 0': "« %1 » n'est pas de la forme SOURCE=EUROS avec un montant >= 0",
    'benefits': 'bénéfices',
    '"%1" is not KPI|TARGET|UNIT with a numeric target': "« %1 » n'est pas de la forme INDICATEUR|CIBLE|UNITÉ avec une cible numérique",
})
FR.setdefault('vigie::WaterPlugin', {}).update({
    'Minimum volume (m³)': 'Volume minimal (m³)',
    'Volume curve': 'Courbe de volume',
    'Can overflow': 'Peut déborder',
    'Relative speed': 'Vitesse relative',
    'Speed pattern': 'Profil de vitesse',
    'District metered areas': 'Secteurs de comptage (DMA)',
    'DMA': 'Secteur',
    'Boundary meters and devices': 'Compteurs et organes en limite de secteur',
    'EPANET model sections': 'Sections du modèle EPANET',
    'Section': 'Section',
    'Position': 'Position',
    'Content': 'Contenu',
    'Add the EPANET attributes, the DMA polygons and the model sections to the water layers': "Ajouter aux couches d'eau potable les attributs EPANET, les polygones des secteurs de comptage et les sections du modèle",
})
FR.setdefault('vigie::budget', {}).update({
    '%1: these are %2 votes, but the vote already holds %3 ballots': '%1 : ce sont des votes %2, mais le vote contient déjà des bulletins %3',
    '%1: paper counts are approvals: %2 votes cannot be added to them': "%1 : les décomptes papier sont des votes d'approbation : des votes %2 ne peuvent pas y être ajoutés",
    '"%1" is not a number of points (a whole number, 0 or more)': "« %1 » n'est pas un nombre de points (entier positif ou nul)",
    '"%1" is not a rank (a whole number, 1 or more)': "« %1 » n'est pas un rang (entier supérieur ou égal à 1)",
    'rank %1 given twice by this voter (first on line %2)': 'rang %1 donné deux fois par ce votant (première occurrence ligne %2)',
    'Add1: the double-precision MES disagrees with the exact one at %1 per voter; recomputing every step exactly': 'Add1 : la MES en double précision diverge de la MES exacte à %1 par votant ; recalcul exact de chaque étape',
})
FR.setdefault('vigie::feeds', {}).update({
    '--%1: "%2" is not an ISO 8601 time (e.g. 2024-05-01T08:00:00Z)': "--%1 : « %2 » n'est pas une date et heure ISO 8601 (p. ex. 2024-05-01T08:00:00Z)",
    'Usage: vigie-cli observations COMMAND TERRITORY [options]\nReads back the sensor observations stored in a territory file.\n\nCommands:\n  count TERRITORY [--sensor ID] [--json]     number of raw observations (and of 15-minute aggregates)\n  export TERRITORY --out FILE.csv [--sensor ID] [--from ISO] [--to ISO] [--aggregates]\n                                             writes raw observations (sensor,time,value,unit,flags) or\n                                             15-minute aggregates (sensor,start,min,mean,max,count) as CSV\n  retention TERRITORY --raw-days N           moves raw values older than N days into 15-minute aggregates\n\nTimes are ISO 8601 (2024-05-01T08:00:00Z); --from is included, --to excluded.\nExit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.\n': "Utilisation : vigie-cli observations COMMANDE TERRITOIRE [options]\nRelit les observations des capteurs enregistrées dans un fichier de territoire.\n\nCommandes :\n  count TERRITOIRE [--sensor ID] [--json]    nombre d'observations brutes (et d'agrégats sur 15 minutes)\n  export TERRITOIRE --out FICHIER.csv [--sensor ID] [--from ISO] [--to ISO] [--aggregates]\n                                             écrit en CSV les observations brutes (sensor,time,value,unit,flags)\n                                             ou les agrégats sur 15 minutes (sensor,start,min,mean,max,count)\n  retention TERRITOIRE --raw-days N          transfère les valeurs brutes de plus de N jours dans des agrégats sur 15 minutes\n\nLes dates et heures sont au format ISO 8601 (2024-05-01T08:00:00Z) ; --from est inclus, --to exclu.\nCodes de sortie : 0 terminé, 1 échec, 2 erreur d'utilisation, 3 impossible d'ouvrir le territoire.\n",
    'missing command (count, export or retention)': 'commande manquante (count, export ou retention)',
    '%1: missing TERRITORY': '%1 : TERRITOIRE manquant',
    '%1: unexpected argument "%2"': '%1 : argument inattendu « %2 »',
    "%1: no sensor '%2'": '%1 : aucun capteur « %2 »',
    "%1: no sensor '%2' (no sensor data yet)": '%1 : aucun capteur « %2 » (pas encore de données de capteurs)',
    '%1 observations of %2 sensors (%3 15-minute aggregates)': '%1 observations de %2 capteurs (%3 agrégats sur 15 minutes)',
    '%1 observations of sensor %2 (%3 15-minute aggregates)': '%1 observations du capteur %2 (%3 agrégats sur 15 minutes)',
    'export: --out FILE.csv is required': 'export : --out FICHIER.csv est obligatoire',
    'export: --to (%1) must come after --from (%2)': 'export : --to (%1) doit être postérieur à --from (%2)',
    '%1 rows written to %2': '%1 lignes écrites dans %2',
    'retention: --raw-days N is required': 'retention : --raw-days N est obligatoire',
    'retention: --raw-days must be a whole number of days, 0 or more (got "%1")': 'retention : --raw-days doit être un nombre entier de jours, positif ou nul (reçu « %1 »)',
    '%1 raw values older than %2 days moved into 15-minute aggregates; %3 raw values and %4 aggregates kept': '%1 valeurs brutes de plus de %2 jours transférées dans des agrégats sur 15 minutes ; %3 valeurs brutes et %4 agrégats conservés',
    'unknown command "%1" (count, export or retention)': 'commande « %1 » inconnue (count, export ou retention)',
    'Usage: vigie-cli sensors COMMAND TERRITORY [arguments]\nSensors of a territory and the assets they are bound to.\n\nCommands:\n  list TERRITORY [--unbound] [--json]          every sensor (or the unbound ones): kind, unit, asset, state, last value\n  register TERRITORY SENSOR --kind KIND        registers a sensor or sets its kind (%1)\n  bind TERRITORY SENSOR LAYER FID              binds a sensor to an asset (LAYER as domain:name, e.g. water:junctions)\n  unbind TERRITORY SENSOR                      removes the binding\n\nExit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.\n': "Utilisation : vigie-cli sensors COMMANDE TERRITOIRE [arguments]\nCapteurs d'un territoire et équipements auxquels ils sont associés.\n\nCommandes :\n  list TERRITOIRE [--unbound] [--json]         chaque capteur (ou les seuls non associés) : type, unité, équipement, état, dernière valeur\n  register TERRITOIRE CAPTEUR --kind TYPE      enregistre un capteur ou définit son type (%1)\n  bind TERRITOIRE CAPTEUR COUCHE FID           associe un capteur à un équipement (COUCHE sous la forme domaine:nom, p. ex. water:junctions)\n  unbind TERRITOIRE CAPTEUR                    supprime l'association\n\nCodes de sortie : 0 terminé, 1 échec, 2 erreur d'utilisation, 3 impossible d'ouvrir le territoire.\n",
    'missing command (list, register, bind or unbind)': 'commande manquante (list, register, bind ou unbind)',
    'unknown command "%1" (list, register, bind or unbind)': 'commande « %1 » inconnue (list, register, bind ou unbind)',
    '%1 takes %2 arguments, got %3': '%1 attend %2 arguments, %3 reçus',
    'unbound': 'non associé',
    'no value': 'aucune valeur',
    '%1 sensors': '%1 capteurs',
    'register: --kind must be a sensor kind, got "%1"': 'register : --kind doit être un type de capteur (reçu « %1 »)',
    'sensor %1 registered as %2 (%3)': 'capteur %1 enregistré comme %2 (%3)',
    'bind: FID must be a feature id (a whole number), got "%1"': "bind : FID doit être un identifiant d'entité (nombre entier) (reçu « %1 »)",
    'sensor %1 bound to %2 feature %3': "capteur %1 associé à l'entité %3 de %2",
    'sensor %1 unbound': 'capteur %1 dissocié',
    "Usage: vigie-cli alarms COMMAND TERRITORY [arguments]\nAlarms raised by the rules on the sensor values, kept in the territory file.\n\nCommands:\n  list TERRITORY [--all] [--json]         open alarms (with --all: cleared ones too), newest first\n  ack TERRITORY ID [--user NAME]          acknowledges an alarm (user: --user, else the session user)\n  clear TERRITORY ID [--user NAME]        clears an alarm\n  history TERRITORY ID [--json]           events of an alarm: raised, normal, active, acknowledged, cleared\n  rules TERRITORY [--json]                the alarm rules\n  add-rule TERRITORY --type above|below|rate|stale [--threshold X] [--minutes M] [--kind KIND]\n           [--sensor ID] [--layer LAYER --fid FID] [--severity info|warning|critical] [--name NAME]\n                                          threshold in the kind's unit (rate: per minute); stale: minutes\n  remove-rule TERRITORY ID                removes a rule\n  check TERRITORY [--now ISO]             raises stale alarms and marks sensors offline\n\nExit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.\n": "Utilisation : vigie-cli alarms COMMANDE TERRITOIRE [arguments]\nAlarmes déclenchées par les règles sur les valeurs des capteurs, conservées dans le fichier du territoire.\n\nCommandes :\n  list TERRITOIRE [--all] [--json]        alarmes ouvertes (avec --all : aussi les alarmes clôturées), les plus récentes d'abord\n  ack TERRITOIRE ID [--user NOM]          acquitte une alarme (utilisateur : --user, sinon celui de la session)\n  clear TERRITOIRE ID [--user NOM]        clôture une alarme\n  history TERRITOIRE ID [--json]          événements d'une alarme : raised, normal, active, acknowledged, cleared\n  rules TERRITOIRE [--json]               les règles d'alarme\n  add-rule TERRITOIRE --type above|below|rate|stale [--threshold X] [--minutes M] [--kind TYPE]\n           [--sensor ID] [--layer COUCHE --fid FID] [--severity info|warning|critical] [--name NOM]\n                                          seuil dans l'unité du type (rate : par minute) ; stale : minutes\n  remove-rule TERRITOIRE ID               supprime une règle\n  check TERRITOIRE [--now ISO]            déclenche les alarmes d'absence de données (stale) et marque les capteurs hors ligne\n\nCodes de sortie : 0 terminé, 1 échec, 2 erreur d'utilisation, 3 impossible d'ouvrir le territoire.\n",
    'missing command (list, ack, clear, history, rules, add-rule, remove-rule or check)': 'commande manquante (list, ack, clear, history, rules, add-rule, remove-rule ou check)',
    'unknown command "%1" (list, ack, clear, history, rules, add-rule, remove-rule or check)': 'commande « %1 » inconnue (list, ack, clear, history, rules, add-rule, remove-rule ou check)',
    '%1: ID must be an alarm or rule number, got "%2"': "%1 : ID doit être un numéro d'alarme ou de règle (reçu « %2 »)",
    'add-rule: --type must be above, below, rate or stale, got "%1"': 'add-rule : --type doit valoir above, below, rate ou stale (reçu « %1 »)',
    'add-rule: --%1 is required for a %2 rule': 'add-rule : --%1 est obligatoire pour une règle %2',
})

# --- session 2 strings, part 3 (feeds, water, lighting, roadmap, budget) ---
# French translations, batch 3 (generated from missing-fr-3.txt)
FR.setdefault('vigie::feeds', {}).update({
    'add-rule: --%1 must be a number, got "%2"': 'add-rule : --%1 doit être un nombre, reçu « %2 »',
    'add-rule: --kind must be a sensor kind, got "%1"': 'add-rule : --kind doit être un type de capteur, reçu « %1 »',
    'add-rule: --severity must be info, warning or critical, got "%1"': 'add-rule : --severity doit valoir info, warning ou critical, reçu « %1 »',
    'add-rule: --layer and --fid go together': 'add-rule : --layer et --fid vont ensemble',
    'add-rule: --fid must be a feature id, got "%1"': "add-rule : --fid doit être un identifiant d'entité, reçu « %1 »",
    ' by %1 at %2': ' par %1 le %2',
    ' (back to normal)': ' (retour à la normale)',
    '%1 alarms': '%1 alarmes',
    '%1: no alarm %2': "%1 : pas d'alarme %2",
    '%1 rules': '%1 règles',
    'alarm %1 acknowledged by %2': 'alarme %1 acquittée par %2',
    'alarm %1 cleared by %2': 'alarme %1 clôturée par %2',
    'alarm rule %1 added': "règle d'alarme %1 ajoutée",
    'alarm rule %1 removed': "règle d'alarme %1 supprimée",
    '%1 stale alarms raised': "%1 alarmes d'absence de données déclenchées",
    'Usage: vigie-cli feeds COMMAND [arguments]\nLive sensor feeds.\n\nCommands:\n  replay TERRITORY [--speed X] [--hours H] [--start ISO] [--json]\n      stores H hours (default 168) of the built-in replay feed (L-Town SCADA week, lamp controllers,\n      bin fill levels) through the JSON decoder; --speed 0 (default) as fast as possible, else X\n      simulated seconds per second; --start defaults to now minus H hours at full speed, else now\n  discover URL [--json]\n      lists the Things and Datastreams of a SensorThings service (URL ends with /v1.1 or /v1.0)\n%1\nExit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.\n': "Utilisation : vigie-cli feeds COMMANDE [arguments]\nFlux de capteurs en temps réel.\n\nCommandes :\n  replay TERRITOIRE [--speed X] [--hours H] [--start ISO] [--json]\n      enregistre H heures (168 par défaut) du flux de rejeu intégré (semaine SCADA de L-Town, contrôleurs\n      de luminaires, taux de remplissage des conteneurs) via le décodeur JSON ; --speed 0 (par défaut) : le plus\n      vite possible, sinon X secondes simulées par seconde ; --start vaut par défaut maintenant moins H heures\n      à pleine vitesse, sinon maintenant\n  discover URL [--json]\n      liste les Things et Datastreams d'un service SensorThings (l'URL se termine par /v1.1 ou /v1.0)\n%1\nCodes de sortie : 0 terminé, 1 échec, 2 erreur d'utilisation, 3 impossible d'ouvrir le territoire.\n",
    'replay takes 1 argument (TERRITORY), got %1': 'replay attend 1 argument (TERRITOIRE), reçu %1',
    'replay: --speed must be 0 (as fast as possible) or a positive factor, got "%1"': 'replay : --speed doit valoir 0 (le plus vite possible) ou un facteur positif, reçu « %1 »',
    'replay: --hours must be a number of hours above 0 (at most a year), got "%1"': "replay : --hours doit être un nombre d'heures supérieur à 0 (au plus un an), reçu « %1 »",
    'replayed %1 to %2: %3 sensors (%4 bound to assets), %5 payloads, %6 observations: %7 stored, %8 duplicates, %9 rejected, in %10 s (%11 observations/s)': 'rejeu de %1 à %2 : %3 capteurs (%4 associés à des équipements), %5 charges utiles, %6 observations : %7 enregistrées, %8 doublons, %9 rejetées, en %10 s (%11 observations/s)',
    'discover takes 1 argument (URL), got %1': 'discover attend 1 argument (URL), reçu %1',
    'discover: "%1" is not an http(s) URL': "discover : « %1 » n'est pas une URL http(s)",
    '%1 things, %2 datastreams': '%1 Things, %2 Datastreams',
    'Sensor observations of a territory: count, export to CSV, retention into 15-minute aggregates.': "Observations des capteurs d'un territoire : comptage, export en CSV, rétention en agrégats de 15 minutes.",
    'Sensors of a territory: list, register, bind to an asset, unbind.': "Capteurs d'un territoire : liste, enregistrement, association à un équipement, dissociation.",
    'Alarms of a territory: list, acknowledge, clear, rules, stale check.': "Alarmes d'un territoire : liste, acquittement, clôture, règles, contrôle d'absence de données.",
    'Live feeds: replay the built-in demo feed, discover a SensorThings service.': "Flux en temps réel : rejeu du flux de démonstration intégré, découverte d'un service SensorThings.",
    'missing command': 'commande manquante',
    'unknown command "%1" (%2)': 'commande « %1 » inconnue (%2)',
    "Usage: vigie-cli ingest TERRITORY --mqtt URL --topic FILTER [--topic FILTER ...] [options]\n       vigie-cli ingest TERRITORY --feed CONFIG.json [options]\nReceives a live MQTT feed into the territory until interrupted (Ctrl+C, SIGTERM); every\nmessage is journaled next to the territory before it is acknowledged, and everything\nreceived is committed before the command ends. Progress is printed every second on stderr.\n\nOptions:\n  --mqtt URL          broker: mqtt://HOST:PORT, mqtts://HOST:PORT (TLS), tcp://, ssl://\n  --topic FILTER      topic filter, QoS 1 (repeatable; + and # wildcards)\n  --client-id ID      client id of the persistent session (default: vigie-TERRITORY NAME)\n  --decoder NAME      %1 (default json)\n  --feed FILE         feed configuration (JSON); the options above override it\n  --user NAME         user name; the password is read from VIGIE_MQTT_PASSWORD or asked\n                      without echo (it is never stored)\n  --ca FILE           CA certificate(s) of the broker (PEM); TLS 1.2 minimum\n  --cert FILE         client certificate (PEM), with --key FILE\n  --key FILE          private key of the client certificate\n  --insecure          do not verify the broker's certificate (tests only)\n  --max-payload BYTES larger messages are counted and dropped (default 1048576)\n  --duration SECONDS  stop by itself after this time\n  --quiet             no progress lines\n  -h, --help          show this help\n\nExit codes: 0 stopped with everything committed, 1 the broker refused the connection\n(credentials, certificate) or the feed failed, 2 usage error, 3 the territory or a file\ncannot be read.\n": "Utilisation : vigie-cli ingest TERRITOIRE --mqtt URL --topic FILTRE [--topic FILTRE ...] [options]\n              vigie-cli ingest TERRITOIRE --feed CONFIG.json [options]\nReçoit un flux MQTT en temps réel dans le territoire jusqu'à interruption (Ctrl+C, SIGTERM) ; chaque\nmessage est journalisé à côté du territoire avant d'être acquitté, et tout ce qui a été reçu\nest enregistré avant la fin de la commande. La progression est affichée chaque seconde sur stderr.\n\nOptions :\n  --mqtt URL          broker : mqtt://HÔTE:PORT, mqtts://HÔTE:PORT (TLS), tcp://, ssl://\n  --topic FILTRE      filtre de sujets, QoS 1 (répétable ; jokers + et #)\n  --client-id ID      identifiant client de la session persistante (par défaut : vigie-NOM DU TERRITOIRE)\n  --decoder NOM       %1 (json par défaut)\n  --feed FICHIER      configuration du flux (JSON) ; les options ci-dessus la remplacent\n  --user NOM          nom d'utilisateur ; le mot de passe est lu dans VIGIE_MQTT_PASSWORD ou demandé\n                      sans écho (il n'est jamais enregistré)\n  --ca FICHIER        certificat(s) de l'autorité de certification du broker (PEM) ; TLS 1.2 minimum\n  --cert FICHIER      certificat client (PEM), avec --key FICHIER\n  --key FICHIER       clé privée du certificat client\n  --insecure          ne vérifie pas le certificat du broker (tests uniquement)\n  --max-payload OCTETS les messages plus gros sont comptés et ignorés (1048576 par défaut)\n  --duration SECONDES s'arrête de lui-même au bout de cette durée\n  --quiet             pas de lignes de progression\n  -h, --help          affiche cette aide\n\nCodes de sortie : 0 arrêté avec tout enregistré, 1 le broker a refusé la connexion\n(identifiants, certificat) ou le flux a échoué, 2 erreur d'utilisation, 3 le territoire ou un fichier\nest illisible.\n",
    "Usage: vigie-cli feeds test CONFIG.json [--seconds N] [--user NAME] [--json]\nConnects to the broker of a feed configuration, subscribes to its topics, decodes what\narrives during N seconds (default 5) and reports. Uses its own clean session (client id\nCLIENTID-test), so it takes nothing from the feed's persistent session and stores nothing.\nThe password is read from VIGIE_MQTT_PASSWORD or asked without echo.\n\nExit codes: 0 connected (and what arrived decoded), 1 connection refused or every\nmessage failed to decode, 2 usage error, 3 the configuration cannot be read.\n": "Utilisation : vigie-cli feeds test CONFIG.json [--seconds N] [--user NOM] [--json]\nSe connecte au broker d'une configuration de flux, s'abonne à ses sujets, décode ce qui\narrive pendant N secondes (5 par défaut) et en rend compte. Utilise sa propre session vierge (identifiant client\nCLIENTID-test) : il ne prend rien à la session persistante du flux et n'enregistre rien.\nLe mot de passe est lu dans VIGIE_MQTT_PASSWORD ou demandé sans écho.\n\nCodes de sortie : 0 connecté (et ce qui est arrivé a été décodé), 1 connexion refusée ou aucun\nmessage n'a pu être décodé, 2 erreur d'utilisation, 3 la configuration est illisible.\n",
    'unknown option --%1': 'option --%1 inconnue',
    'option --%1 needs a value': "l'option --%1 nécessite une valeur",
    'MQTT password for %1: ': 'Mot de passe MQTT pour %1 : ',
    '%1 %2 | %3 msg/s | %4 obs/s | %5 messages | %6 stored | %7 duplicates | %8 errors | %9 reconnects | %10 KiB pending': '%1 %2 | %3 msg/s | %4 obs/s | %5 messages | %6 enregistrées | %7 doublons | %8 erreurs | %9 reconnexions | %10 Kio en attente',
    'connected': 'connecté',
    'disconnected': 'déconnecté',
    'vigie-cli ingest: %1': 'vigie-cli ingest : %1',
    'missing TERRITORY': 'TERRITOIRE manquant',
    'one territory only, got: %1': 'un seul territoire, reçu : %1',
    'vigie-cli ingest: the territory %1 does not exist': "vigie-cli ingest : le territoire %1 n'existe pas",
    'vigie-cli ingest: give the broker with --mqtt URL or --feed CONFIG.json': 'vigie-cli ingest : indiquez le broker avec --mqtt URL ou --feed CONFIG.json',
    'vigie-cli ingest: give at least one --topic FILTER': 'vigie-cli ingest : indiquez au moins un --topic FILTRE',
    'vigie-cli ingest: --max-payload takes a positive number of bytes': "vigie-cli ingest : --max-payload attend un nombre d'octets positif",
    'vigie-cli ingest: --duration takes a positive number of seconds': 'vigie-cli ingest : --duration attend un nombre de secondes positif',
    'ingest: %1 -> %2 (client id %3, topics %4, decoder %5)': 'ingest : %1 -> %2 (identifiant client %3, sujets %4, décodeur %5)',
    'ingest: %1; retrying with backoff until interrupted': "ingest : %1 ; nouvelles tentatives à intervalle croissant jusqu'à interruption",
    'ingest: stopping, committing what was received...': 'ingest : arrêt, enregistrement de ce qui a été reçu...',
    '%1 messages received (%2 replayed from the journal), %3 observations stored, %4 duplicates ignored, %5 unknown sensors registered, %6 malformed, %7 oversized, %8 reconnects': '%1 messages reçus (%2 rejoués depuis le journal), %3 observations enregistrées, %4 doublons ignorés, %5 capteurs inconnus enregistrés, %6 mal formés, %7 trop volumineux, %8 reconnexions',
    'vigie-cli feeds test: %1': 'vigie-cli feeds test : %1',
    'vigie-cli feeds test: give one CONFIG.json': 'vigie-cli feeds test : indiquez un CONFIG.json',
    'vigie-cli feeds test: --seconds takes a positive number': 'vigie-cli feeds test : --seconds attend un nombre positif',
    'connected to %1 in %2 ms, subscribed to %3; listening for %4 s...': 'connecté à %1 en %2 ms, abonné à %3 ; écoute pendant %4 s...',
    '%1 messages in %2 s: %3 decoded into %4 observations of %5 sensors, %6 malformed': '%1 messages en %2 s : %3 décodés en %4 observations de %5 capteurs, %6 mal formés',
    'malformed: %1': 'mal formé : %1',
    'sample: %1 %2 = %3 %4': 'exemple : %1 %2 = %3 %4',
    'nothing arrived: check the topic filters, or publish something while the test runs': "rien n'est arrivé : vérifiez les filtres de sujets, ou publiez quelque chose pendant le test",
    'Receives a live MQTT feed into a territory until interrupted (QoS 1, journaled, nothing lost).': "Reçoit un flux MQTT en temps réel dans un territoire jusqu'à interruption (QoS 1, journalisé, rien n'est perdu).",
    'Checks a feed configuration: connects, subscribes, decodes what arrives for a few seconds.': 'Vérifie une configuration de flux : connexion, abonnement, décodage de ce qui arrive pendant quelques secondes.',
    '%1: more than %2 pages, stopped': '%1 : plus de %2 pages, arrêt',
    '%1: @iot.nextLink points back to a page already read, stopped': '%1 : @iot.nextLink renvoie vers une page déjà lue, arrêt',
    '%1: malformed page: not a SensorThings collection (no "value" array)': "%1 : page mal formée : ce n'est pas une collection SensorThings (pas de tableau « value »)",
    'expected an NGSI-LD entity or an array of entities': "entité NGSI-LD ou tableau d'entités attendu",
    'entity %1 has no id': "l'entité %1 n'a pas d'id",
})
FR.setdefault('vigie::feeds::AlarmEngine', {}).update({
    "alarm rule '%1': the threshold must be a finite number": "règle d'alarme « %1 » : le seuil doit être un nombre fini",
    "alarm rule '%1': a rate of change threshold must be above 0 (got %2)": "règle d'alarme « %1 » : un seuil de taux de variation doit être supérieur à 0 (reçu %2)",
    "alarm rule '%1': a stale rule needs a number of minutes above 0 (got %2)": "règle d'alarme « %1 » : une règle d'absence de données nécessite un nombre de minutes supérieur à 0 (reçu %2)",
    "alarm rule '%1': an asset rule needs the layer and the feature id": "règle d'alarme « %1 » : une règle sur un équipement nécessite la couche et l'identifiant de l'entité",
    "%1: cannot add alarm rule '%2': %3": "%1 : impossible d'ajouter la règle d'alarme « %2 » : %3",
    'cannot remove alarm rule %1: %2': "impossible de supprimer la règle d'alarme %1 : %2",
    'no alarm rule %1': "pas de règle d'alarme %1",
    'acknowledging alarm %1 needs a user name': "l'acquittement de l'alarme %1 nécessite un nom d'utilisateur",
    '%1: no alarm %2': "%1 : pas d'alarme %2",
    'alarm %1 was cleared by %2; it cannot be acknowledged': "l'alarme %1 a été clôturée par %2 ; elle ne peut pas être acquittée",
    'alarm %1 was already acknowledged by %2': "l'alarme %1 a déjà été acquittée par %2",
    'cannot acknowledge alarm %1: %2': "impossible d'acquitter l'alarme %1 : %2",
    'clearing alarm %1 needs a user name': "la clôture de l'alarme %1 nécessite un nom d'utilisateur",
    'alarm %1 was already cleared by %2': "l'alarme %1 a déjà été clôturée par %2",
    'cannot clear alarm %1: %2': "impossible de clôturer l'alarme %1 : %2",
    '%1: %2 %3 above %4 %3': '%1 : %2 %3, au-dessus de %4 %3',
    '%1: %2 %3 below %4 %3': '%1 : %2 %3, en dessous de %4 %3',
    '%1: changes by %2 %3/min (limit %4 %3/min)': '%1 : varie de %2 %3/min (limite %4 %3/min)',
    '%1: values again': '%1 : valeurs de nouveau reçues',
    'stale evaluation not done: %1': "contrôle d'absence de données non effectué : %1",
    '%1: no value for %2 min (limit %3 min)': '%1 : aucune valeur depuis %2 min (limite %3 min)',
})
FR.setdefault('vigie::feeds::Command', {}).update({
    'vigie-cli %1: %2': 'vigie-cli %1 : %2',
    'Run "vigie-cli %1 --help" for usage.': "Lancez « vigie-cli %1 --help » pour afficher l'aide.",
})
FR.setdefault('vigie::feeds::FeedConfig', {}).update({
    'cannot read the feed configuration %1: %2': 'impossible de lire la configuration du flux %1 : %2',
    '%1: invalid JSON at byte %2: %3': "%1 : JSON non valide à l'octet %2 : %3",
    '%1: a feed configuration is a JSON object': '%1 : une configuration de flux est un objet JSON',
    '"%1": a feed configuration must not hold a password; give it with the environment variable VIGIE_MQTT_PASSWORD or at the prompt (CLI), or in the QGIS authentication manager (app)': "« %1 » : une configuration de flux ne doit pas contenir de mot de passe ; indiquez-le avec la variable d'environnement VIGIE_MQTT_PASSWORD ou à l'invite (CLI), ou dans le gestionnaire d'authentification de QGIS (application)",
    'unknown field "%1" (known: %2)': 'champ « %1 » inconnu (connus : %2)',
    'missing field "%1"': 'champ « %1 » manquant',
    'field "%1" must be a string': 'le champ « %1 » doit être une chaîne',
    'field "broker": %1': 'champ « broker » : %1',
    'field "topics/%1" must be a non-empty string': 'le champ « topics/%1 » doit être une chaîne non vide',
    'field "topics" must list at least one topic filter': 'le champ « topics » doit contenir au moins un filtre de sujets',
    'field "qos" must be 0, 1 or 2': 'le champ « qos » doit valoir 0, 1 ou 2',
    'field "decoderOptions" must be an object': 'le champ « decoderOptions » doit être un objet',
    'field "tls" must be an object': 'le champ « tls » doit être un objet',
    'unknown field "tls/%1" (known: %2)': 'champ « tls/%1 » inconnu (connus : %2)',
    'field "tls/verifyServer" must be true or false': 'le champ « tls/verifyServer » doit valoir true ou false',
    'unknown option "decoderOptions/%1" of the json decoder (known: %2)': 'option « decoderOptions/%1 » inconnue du décodeur json (connues : %2)',
    'option "decoderOptions/sensorTopicSegment" must be a topic level index (0, 1, ...)': "l'option « decoderOptions/sensorTopicSegment » doit être un indice de niveau de sujet (0, 1, ...)",
    'option "decoderOptions/%1" must be a JSON pointer such as "/value"': "l'option « decoderOptions/%1 » doit être un pointeur JSON tel que « /value »",
    'the %1 decoder takes no decoderOptions (chirpstack: useDeviceName)': "le décodeur %1 n'accepte pas de decoderOptions (chirpstack : useDeviceName)",
})
FR.setdefault('vigie::feeds::IngestService', {}).update({
    'further malformed messages are summarised every 10 s': 'les messages mal formés suivants sont résumés toutes les 10 s',
    'message on %1 dropped: %2 bytes, more than the %3 bytes accepted': 'message sur %1 ignoré : %2 octets, au-delà des %3 octets acceptés',
    '%1 more malformed messages in the last 10 s': '%1 autres messages mal formés au cours des 10 dernières secondes',
    'malformed message on %1 (%2 bytes): %3': 'message mal formé sur %1 (%2 octets) : %3',
    'cannot store %1 observations, retrying in 1 s: %2': "impossible d'enregistrer %1 observations, nouvel essai dans 1 s : %2",
    'stopping with %1 observations left in the journal %2': 'arrêt avec %1 observations restant dans le journal %2',
    '%1 unknown sensors registered as unbound sensors': '%1 capteurs inconnus enregistrés comme capteurs non associés',
})
FR.setdefault('vigie::feeds::Journal', {}).update({
    'cannot create the journal folder %1': 'impossible de créer le dossier du journal %1',
    'the journal %1 is in use by another process (same territory and client id)': 'le journal %1 est utilisé par un autre processus (même territoire et même identifiant client)',
    'journal %1: %2 messages from a previous run are replayed first': "journal %1 : %2 messages d'une exécution précédente sont rejoués d'abord",
    'message of %1 bytes is larger than the journal accepts (%2 bytes)': 'message de %1 octets, plus gros que ce que le journal accepte (%2 octets)',
    'the journal is not open': "le journal n'est pas ouvert",
    'cannot write the journal file %1: %2': "impossible d'écrire le fichier journal %1 : %2",
    'cannot read the journal file %1: %2': 'impossible de lire le fichier journal %1 : %2',
    'journal %1: corrupt record at byte %2, rest of the segment skipped': "journal %1 : enregistrement corrompu à l'octet %2, reste du segment ignoré",
})
FR.setdefault('vigie::feeds::Journal::Private', {}).update({
    'cannot create the journal file %1: %2': 'impossible de créer le fichier journal %1 : %2',
    'cannot open the journal file %1: %2': "impossible d'ouvrir le fichier journal %1 : %2",
    'journal %1: dropped a torn or corrupt record at byte %2 (%3 bytes, from an interrupted write)': "journal %1 : enregistrement tronqué ou corrompu supprimé à l'octet %2 (%3 octets, issus d'une écriture interrompue)",
})
FR.setdefault('vigie::feeds::MqttClient', {}).update({
    'invalid broker URL "%1": use mqtt://HOST:PORT, mqtts://HOST:PORT, tcp:// or ssl://': 'URL de broker « %1 » non valide : utilisez mqtt://HÔTE:PORT, mqtts://HÔTE:PORT, tcp:// ou ssl://',
    'invalid broker URL "%1": expected %2://HOST:PORT': 'URL de broker « %1 » non valide : %2://HÔTE:PORT attendu',
    'a client id is required: the broker keeps the persistent session under it': 'un identifiant client est obligatoire : le broker conserve la session persistante sous cet identifiant',
    'no topic to subscribe to': "aucun sujet auquel s'abonner",
    'invalid QoS %1 (0, 1 or 2)': 'QoS %1 non valide (0, 1 ou 2)',
    'TLS files are given but the broker URL %1 is not a TLS one (use mqtts:// or ssl://)': "des fichiers TLS sont indiqués mais l'URL du broker %1 n'est pas une URL TLS (utilisez mqtts:// ou ssl://)",
    'a client certificate needs both the certificate file and its key file': 'un certificat client nécessite à la fois le fichier du certificat et celui de sa clé',
    'cannot read the TLS file %1': 'impossible de lire le fichier TLS %1',
    'invalid topic filter "%1" (# only as the last level)': 'filtre de sujets « %1 » non valide (# seulement comme dernier niveau)',
    'cannot create the folder %1': 'impossible de créer le dossier %1',
    'cannot create the MQTT client for %1 (Paho error %2)': 'impossible de créer le client MQTT pour %1 (erreur Paho %2)',
    'cannot set the MQTT callbacks (Paho error %1)': 'impossible de définir les fonctions de rappel MQTT (erreur Paho %1)',
    'no answer from the broker %1 within %2 s': 'pas de réponse du broker %1 en %2 s',
})
FR.setdefault('vigie::feeds::MqttClient::Private', {}).update({
    'the broker %1 refused the connection: unacceptable MQTT protocol version': 'le broker %1 a refusé la connexion : version du protocole MQTT non acceptée',
    'the broker %1 refused the client id "%2"': "le broker %1 a refusé l'identifiant client « %2 »",
    'the broker %1 is unavailable (it refused the connection: server unavailable)': "le broker %1 n'est pas disponible (il a refusé la connexion : serveur indisponible)",
    'the broker %1 refused the connection: bad user name or password (user "%2")': "le broker %1 a refusé la connexion : nom d'utilisateur ou mot de passe incorrect (utilisateur « %2 »)",
    'the broker %1 refused the connection: bad user name or password, or user "%2" is not authorized': "le broker %1 a refusé la connexion : nom d'utilisateur ou mot de passe incorrect, ou l'utilisateur « %2 » n'est pas autorisé",
    'the broker %1 refused the connection: not authorized (it may require a user name and password)': "le broker %1 a refusé la connexion : non autorisé (il exige peut-être un nom d'utilisateur et un mot de passe)",
    'the broker %1 refused the connection: user "%2" is not authorized': "le broker %1 a refusé la connexion : l'utilisateur « %2 » n'est pas autorisé",
    "TLS connection to %1 failed: the broker's certificate is not trusted (not signed by the CA in %2, or expired): %3": "échec de la connexion TLS à %1 : le certificat du broker n'est pas de confiance (non signé par l'autorité de certification de %2, ou expiré) : %3",
    'the system store': 'le magasin de certificats du système',
    "TLS connection to %1 failed: the broker's certificate does not name this host: %2": 'échec de la connexion TLS à %1 : le certificat du broker ne désigne pas cet hôte : %2',
    'TLS connection to %1 failed: the broker rejected the client certificate %2 or ended the handshake (%3)': 'échec de la connexion TLS à %1 : le broker a rejeté le certificat client %2 ou a interrompu la négociation (%3)',
    '(none given)': '(aucun indiqué)',
    'TLS connection to %1 failed: %2': 'échec de la connexion TLS à %1 : %2',
    'handshake error': 'erreur de négociation',
    'cannot reach the broker %1 (connection refused, unknown host or timeout)%2': 'impossible de joindre le broker %1 (connexion refusée, hôte inconnu ou délai dépassé)%2',
    'cannot subscribe on %1 (Paho error %2)': "impossible de s'abonner sur %1 (erreur Paho %2)",
    'connection to %1 lost%2, reconnecting': 'connexion à %1 perdue%2, reconnexion en cours',
    'the broker %1 refused the subscription to %2 (not authorized for these topics?)': "le broker %1 a refusé l'abonnement à %2 (pas d'autorisation pour ces sujets ?)",
    'connected to %1, subscribed to %2': 'connecté à %1, abonné à %2',
    'cannot subscribe to %1 on %2 (code %3)': "impossible de s'abonner à %1 sur %2 (code %3)",
    'cannot start connecting to %1 (Paho error %2)': 'impossible de commencer la connexion à %1 (erreur Paho %2)',
})
FR.setdefault('vigie::feeds::ObservationStore', {}).update({
    '%1 is not a Vigie territory (no vigie_schema or gpkg_contents table)': "%1 n'est pas un territoire Vigie (pas de table vigie_schema ni gpkg_contents)",
    '%1: cannot switch to WAL: %2': '%1 : impossible de passer en mode WAL : %2',
    '%1: cannot read vigie_schema: %2': '%1 : impossible de lire vigie_schema : %2',
    '%1 was written by a newer Vigie (component feeds schema %2, this version supports %3)': '%1 a été écrit par une version plus récente de Vigie (composant feeds, schéma %2 ; cette version gère %3)',
    '%1 has no sensor data yet (no feeds tables)': "%1 n'a pas encore de données de capteurs (pas de tables feeds)",
    '%1: feeds schema %2 must be migrated to %3: open it for writing once': '%1 : le schéma feeds %2 doit être migré vers %3 : ouvrez-le une fois en écriture',
    '%1: cannot start the feeds migration: %2': '%1 : impossible de démarrer la migration de feeds : %2',
    '%1: migration of feeds to schema %2 failed: %3': '%1 : échec de la migration de feeds vers le schéma %2 : %3',
    '%1: feeds tables created (schema %2)': '%1 : tables feeds créées (schéma %2)',
    '%1: cannot read the feeds tables: %2': '%1 : impossible de lire les tables feeds : %2',
    '%1: cannot read the alarms: %2': '%1 : impossible de lire les alarmes : %2',
    '%1: cannot change the durability: %2': '%1 : impossible de modifier le niveau de durabilité : %2',
    'observation without sensor id': 'observation sans identifiant de capteur',
    'sensor %1: observation without a valid time': 'capteur %1 : observation sans horodatage valide',
    'sensor %1: value %2 is not a finite number': "capteur %1 : la valeur %2 n'est pas un nombre fini",
    '%1: observations not stored (batch of %2 rolled back): %3': '%1 : observations non enregistrées (lot de %2 annulé) : %3',
    'a sensor id cannot be empty': 'un identifiant de capteur ne peut pas être vide',
    'sensor %1 already has %2 values of kind %3; its kind cannot change': 'le capteur %1 a déjà %2 valeurs de type %3 ; son type ne peut pas changer',
    '%1: cannot register sensor %2: %3': "%1 : impossible d'enregistrer le capteur %2 : %3",
    "%1: no sensor '%2'": '%1 : pas de capteur « %2 »',
    '%1: cannot bind sensor %2: %3': "%1 : impossible d'associer le capteur %2 : %3",
    '%1: cannot register sensors: %2': "%1 : impossible d'enregistrer les capteurs : %2",
    '%1: cannot unbind sensor %2: %3': '%1 : impossible de dissocier le capteur %2 : %3',
    '%1: cannot change the state of sensor %2: %3': "%1 : impossible de modifier l'état du capteur %2 : %3",
    'the raw retention period must be 0 days or more (got %1)': 'la durée de rétention des données brutes doit être de 0 jour ou plus (reçu %1)',
    '%1: retention not applied: %2': '%1 : rétention non appliquée : %2',
})
FR.setdefault('vigie::feeds::ObservationStore::Private', {}).update({
    "%1: no asset layer '%2'": "%1 : pas de couche d'équipements « %2 »",
    "%1: layer '%2' has no primary key": "%1 : la couche « %2 » n'a pas de clé primaire",
    "%1: layer '%2' has no feature %3": "%1 : la couche « %2 » n'a pas d'entité %3",
})
FR.setdefault('vigie::feeds::ReplayFeed', {}).update({
    '%1: cannot read the replay data: %2': '%1 : impossible de lire les données de rejeu : %2',
    '%1:1: the header must be "time,KIND:ID,..."': "%1:1 : l'en-tête doit être « time,KIND:ID,... »",
    '%1:1: column %2 "%3" is not KIND:ID with a known sensor kind': "%1:1 : la colonne %2 « %3 » n'est pas de la forme KIND:ID avec un type de capteur connu",
    '%1:%2: %3 values, expected %4': '%1:%2 : %3 valeurs au lieu de %4',
    '%1:%2: column %3: "%4" is not a number': "%1:%2 : colonne %3 : « %4 » n'est pas un nombre",
    '%1: no readings': '%1 : aucune mesure',
    'replay feed: %1 sensors (%2 bound to assets): %3 SCADA, %4 lamp controllers, %5 bins': 'flux de rejeu : %1 capteurs (%2 associés à des équipements) : %3 SCADA, %4 contrôleurs de luminaires, %5 conteneurs',
})
FR.setdefault('vigie::feeds::SensorThingsClient', {}).update({
    '%1: not an http(s) URL': "%1 : ce n'est pas une URL http(s)",
    '%1: no answer within %2 s': '%1 : pas de réponse en %2 s',
    '%1: HTTP %2 %3': '%1 : HTTP %2 %3',
    '%1: malformed page: %2 at byte %3': "%1 : page mal formée : %2 à l'octet %3",
    '%1: malformed page: value[%2] is not a Thing object': "%1 : page mal formée : value[%2] n'est pas un objet Thing",
    '%1: malformed page: value[%2] has no @iot.id': "%1 : page mal formée : value[%2] n'a pas de @iot.id",
    '%1: malformed page: %2': '%1 : page mal formée : %2',
    '%1: malformed page: expected an array of NGSI-LD entities': "%1 : page mal formée : tableau d'entités NGSI-LD attendu",
    '%1: more than %2 pages, stopped': '%1 : plus de %2 pages, arrêt',
})
FR.setdefault('vigie::hydraulics', {}).update({
    '%1:%2: column %3: %4': '%1:%2 : colonne %3 : %4',
    'expected "pipe_id, YYYY-MM-DD HH:MM"': '« pipe_id, AAAA-MM-JJ HH:MM » attendu',
    '"%1" is not a time YYYY-MM-DD HH:MM': "« %1 » n'est pas une heure AAAA-MM-JJ HH:MM",
    'empty pipe id': 'identifiant de canalisation vide',
    'the header needs at least link_id,start_time,end_time': "l'en-tête doit contenir au moins link_id,start_time,end_time",
    'missing value (%1 columns expected)': 'valeur manquante (%1 colonnes attendues)',
    'the end is before the start': 'la fin est antérieure au début',
    '"%1" is not a diameter in metres': "« %1 » n'est pas un diamètre en mètres",
    '%1: cannot start gzip decompression': '%1 : impossible de démarrer la décompression gzip',
    '%1: corrupt gzip data (%2)': '%1 : données gzip corrompues (%2)',
    '%1: truncated gzip data': '%1 : données gzip tronquées',
    'empty file: a header line "Timestamp,<sensor ids>" is expected': "fichier vide : une ligne d'en-tête « Timestamp,<identifiants des capteurs> » est attendue",
    'the header has no sensor column after the timestamp': "l'en-tête n'a pas de colonne de capteur après l'horodatage",
    'column 1 is "%1", expected "Timestamp"': 'la colonne 1 est « %1 », « Timestamp » attendu',
    'column %1 has no name': "la colonne %1 n'a pas de nom",
    'column %1: sensor "%2" appears twice': 'colonne %1 : le capteur « %2 » apparaît deux fois',
    'column 2 (%1): missing value (%2 columns expected)': 'colonne 2 (%1) : valeur manquante (%2 colonnes attendues)',
    'column 1 (Timestamp): "%1" is not a time YYYY-MM-DD HH:MM': "colonne 1 (Timestamp) : « %1 » n'est pas une heure AAAA-MM-JJ HH:MM",
    'column 1 (Timestamp): %1 is not after the previous row': "colonne 1 (Timestamp) : %1 n'est pas postérieur à la ligne précédente",
    'column %1 (%2): missing value (%3 columns expected)': 'colonne %1 (%2) : valeur manquante (%3 colonnes attendues)',
    'more than %1 columns': 'plus de %1 colonnes',
    'column %1 (%2): "%3" is not a number': "colonne %1 (%2) : « %3 » n'est pas un nombre",
    'no data rows': 'aucune ligne de données',
    'water balance: %1 needs a value': 'water balance : %1 attend une valeur',
    'water balance: --connections needs a number >= 0, not "%1"': 'water balance : --connections attend un nombre >= 0, pas « %1 »',
    'water balance: unexpected argument "%1"': 'water balance : argument inattendu « %1 »',
    'water balance: --network and --scada are required': 'water balance : --network et --scada sont obligatoires',
    '%1: inflow %2 m3/day, real losses %3 m3/day, NRW %4 %, UARL %5 m3/day, ILI %6 (mains %7 km, %8 connections, %9 m)': '%1 : volume mis en distribution %2 m3/jour, pertes réelles %3 m3/jour, eau non facturée (NRW) %4 %, UARL %5 m3/jour, ILI %6 (conduites %7 km, %8 branchements, pression %9 m)',
    '%1: cannot write': "%1 : impossible d'écrire",
    'pipe "%1" is not in the network': "la canalisation « %1 » n'est pas dans le réseau",
    'water isolate: %1 needs a value': 'water isolate : %1 attend une valeur',
    'water isolate: unknown option "%1"': 'water isolate : option inconnue « %1 »',
    'water isolate: unexpected argument "%1"': 'water isolate : argument inattendu « %1 »',
    'water isolate: NET.inp or TERRITORY and --pipe ID are required': 'water isolate : NET.inp ou TERRITOIRE et --pipe ID sont obligatoires',
    'burst on %1: close %2 valve(s): %3': 'casse sur %1 : fermer %2 vanne(s) : %3',
    'segment: %1 pipe(s); out of service: %2 pipe(s), %3 junction(s), %4 customer node(s), demand %5': 'tronçon isolé : %1 canalisation(s) ; hors service : %2 canalisation(s), %3 jonction(s), %4 nœud(s) de consommation, demande %5',
    'warning: the segment contains a reservoir or tank: it cannot be fully isolated': "avertissement : le tronçon contient un réservoir ou un château d'eau : il ne peut pas être entièrement isolé",
    'unknown CRS "%1"': 'SCR « %1 » inconnu',
    'no coordinate transformation from %1 to %2': 'aucune transformation de coordonnées de %1 vers %2',
    'the layer has no field "%1" (territory written by an older water plugin?)': "la couche n'a pas de champ « %1 » (territoire écrit par une ancienne version de l'extension eau potable ?)",
    'node "%1": coordinates (%2, %3) cannot be transformed to the territory CRS': 'nœud « %1 » : les coordonnées (%2, %3) ne peuvent pas être transformées vers le SCR du territoire',
    'link "%1": a vertex cannot be transformed to the territory CRS': 'arc « %1 » : un sommet ne peut pas être transformé vers le SCR du territoire',
    'the water plugin is not installed (searched: %1)': "l'extension eau potable n'est pas installée (recherchée dans : %1)",
    '%1: no such territory file': '%1 : fichier de territoire introuvable',
    '%1: the territory has no layer %2 (water plugin schema %3)': "%1 : le territoire n'a pas de couche %2 (schéma %3 de l'extension eau potable)",
    '%1 already holds %2 water features of network "%3": nothing imported (use --replace to replace them)': "%1 contient déjà %2 entités d'eau potable du réseau « %3 » : rien n'a été importé (utilisez --replace pour les remplacer)",
    '%1: layer %2: cannot delete feature %3: %4': "%1 : couche %2 : impossible de supprimer l'entité %3 : %4",
    '%1: layer %2, "%3": %4': '%1 : couche %2, « %3 » : %4',
})

# --- session 2 strings, part 4 (feeds, water, lighting, roadmap, budget) ---
# French translations for /work/notes/missing-fr-4.txt (helper K=4).

FR.setdefault('vigie::hydraulics', {}).update({
    'field %1: %2': 'champ %1 : %2',
    'network "%1" imported into %2: %3': 'réseau « %1 » importé dans %2 : %3',
    '%1: the territory has no water network': "%1 : le territoire n'a pas de réseau d'eau",
    '%1 holds several water networks (%2): choose one with --network-name':
        "%1 contient plusieurs réseaux d'eau (%2) : choisissez-en un avec --network-name",
    '%1: no water network "%2"': "%1 : pas de réseau d'eau « %2 »",
    '%1: network "%2": stored [OPTIONS]: unknown flow units "%3"':
        '%1 : réseau « %2 » : section [OPTIONS] enregistrée : unités de débit « %3 » inconnues',
    '%1: network "%2": %3': '%1 : réseau « %2 » : %3',
    '%1: layer %2: a feature has no node_id': "%1 : couche %2 : une entité n'a pas de node_id",
    'the node id is used twice': "l'identifiant de nœud est utilisé deux fois",
    'not a point': "ce n'est pas un point",
    'cannot be transformed to %1': 'transformation impossible vers %1',
    '%1: layer %2: a feature has no %3': "%1 : couche %2 : une entité n'a pas de %3",
    'the link id is used twice': "l'identifiant d'arc est utilisé deux fois",
    'no junction, reservoir or tank "%1" in network "%2"':
        "aucune jonction, aucun réservoir ni château d'eau « %1 » dans le réseau « %2 »",
    'not a line': "ce n'est pas une ligne",
    '"%1" is not open, closed or check valve':
        "« %1 » n'est pas open, closed ou check valve (ouverte, fermée ou clapet anti-retour)",
    'a pump needs a head curve or a power': 'une pompe nécessite une courbe caractéristique ou une puissance',
    '"%1" is not PRV, PSV, PBV, FCV, TCV or GPV': "« %1 » n'est pas PRV, PSV, PBV, FCV, TCV ou GPV",
    'usage: vigie-cli water import TERRITORY NET.inp [--network-name NAME] [--crs EPSG:x]\n                              [--transform DX,DY[,SCALE[,ROTATION]]] [--replace] [--benchmark]\n':
        'utilisation : vigie-cli water import TERRITOIRE NET.inp [--network-name NOM] [--crs EPSG:x]\n                                     [--transform DX,DY[,ÉCHELLE[,ROTATION]]] [--replace] [--benchmark]\n',
    'usage: vigie-cli water export TERRITORY --out NET.inp [--network-name NAME]\n':
        'utilisation : vigie-cli water export TERRITOIRE --out NET.inp [--network-name NOM]\n',
    'water %1: %2 needs a value': 'water %1 : %2 attend une valeur',
    'water %1: unknown option "%2"': 'water %1 : option inconnue « %2 »',
    'water import: TERRITORY and NET.inp are required': 'water import : TERRITOIRE et NET.inp sont requis',
    'water export: TERRITORY and --out NET.inp are required':
        'water export : TERRITOIRE et --out NET.inp sont requis',
    '%1 junctions, %2 reservoirs, %3 tanks, %4 pipes, %5 pumps, %6 valves written to %7':
        "%1 jonctions, %2 réservoirs, %3 châteaux d'eau, %4 canalisations, %5 pompes, %6 vannes écrits dans %7",
    '--network, --scada and --out are required': '--network, --scada et --out sont requis',
    '--train-leaks needs --train DIR': '--train-leaks nécessite --train DOSSIER',
    '--window needs START-END hours, e.g. 0-24 or 1-5': '--window attend des heures DÉBUT-FIN, par ex. 0-24 ou 1-5',
    '%1 needs a positive number, not "%2"': '%1 attend un nombre positif, pas « %2 »',
    '%1 leaks detected from %2 to %3 (%4 rows) in %5 ms (reading the SCADA files: %6 ms); report in %7':
        '%1 fuites détectées du %2 au %3 (%4 lignes) en %5 ms (lecture des fichiers SCADA : %6 ms) ; rapport dans %7',
    '--leaks, --truth and --network are required': '--leaks, --truth et --network sont requis',
    '%1: no leak in the truth file': '%1 : aucune fuite dans le fichier de vérité terrain',
    '--year needs a year, not "%1"': '--year attend une année, pas « %1 »',
    '%1 needs a time YYYY-MM-DD HH:MM, not "%2"': '%1 attend une date AAAA-MM-JJ HH:MM, pas « %2 »',
    'score %1 EUR of a perfect %2 EUR (%3 %); true positives %4 of %5, false positives %6, repeats %7, missed %8':
        'score %1 EUR sur %2 EUR pour une détection parfaite (%3 %) ; vrais positifs %4 sur %5, faux positifs %6, détections répétées %7, fuites manquées %8',
    'found as %1 at %2, %3 m away, delay %4 h, %5 EUR': 'détectée comme %1 le %2, à %3 m, délai %4 h, %5 EUR',
    'missed (%1 m3 lost)': 'manquée (%1 m3 perdus)',
    'false alarm: %1 at %2': 'fausse alarme : %1 le %2',
    '       vigie-cli water detect --network NET.inp --scada DIR [--train DIR [--train-leaks leaks.csv]]\n                              --out leaks.csv [--json report.json] [--window 0-24] [--threshold 6] [--min-leak 1.5]\n       vigie-cli water score --leaks detected.csv --truth truth.csv --network NET.inp [--leakages Leakages.csv]\n                             [--year YYYY | --from TIME --to TIME] [--json score.json]\n       vigie-cli water balance --network NET.inp --scada DIR [--train DIR [--train-leaks leaks.csv]]\n                               [--connections N] [--json balance.json]\n       vigie-cli water isolate NET.inp|TERRITORY --pipe ID [--valves-on-pipes] [--json FILE] [--out FILE.geojson]\n       vigie-cli water import TERRITORY NET.inp [--network-name NAME] [--crs EPSG:x]\n                              [--transform DX,DY[,SCALE[,ROTATION]]] [--replace] [--benchmark]\n       vigie-cli water export TERRITORY --out NET.inp [--network-name NAME]\n':
        '       vigie-cli water detect --network NET.inp --scada DOSSIER [--train DOSSIER [--train-leaks leaks.csv]]\n                              --out leaks.csv [--json report.json] [--window 0-24] [--threshold 6] [--min-leak 1.5]\n       vigie-cli water score --leaks detected.csv --truth truth.csv --network NET.inp [--leakages Leakages.csv]\n                             [--year AAAA | --from DATE --to DATE] [--json score.json]\n       vigie-cli water balance --network NET.inp --scada DOSSIER [--train DOSSIER [--train-leaks leaks.csv]]\n                               [--connections N] [--json balance.json]\n       vigie-cli water isolate NET.inp|TERRITOIRE --pipe ID [--valves-on-pipes] [--json FICHIER] [--out FICHIER.geojson]\n       vigie-cli water import TERRITOIRE NET.inp [--network-name NOM] [--crs EPSG:x]\n                              [--transform DX,DY[,ÉCHELLE[,ROTATION]]] [--replace] [--benchmark]\n       vigie-cli water export TERRITOIRE --out NET.inp [--network-name NOM]\n',
})

FR.setdefault('vigie::hydraulics::Arguments', {}).update({
    '%1 needs a value': '%1 attend une valeur',
    'unknown option "%1"': 'option inconnue « %1 »',
})

FR.setdefault('vigie::hydraulics::FieldReader', {}).update({
    '%1: layer %2, "%3", field %4: %5': '%1 : couche %2, « %3 », champ %4 : %5',
})

FR.setdefault('vigie::hydraulics::LeakDetector', {}).update({
    '%1: pressure sensor "%2" is not a node of the network':
        "%1 : le capteur de pression « %2 » n'est pas un nœud du réseau",
    '%1: flow sensor "%2" is not a link of the network':
        "%1 : le capteur de débit « %2 » n'est pas un arc du réseau",
    '%1: level sensor "%2" is not a tank of the network':
        "%1 : le capteur de niveau « %2 » n'est pas un château d'eau du réseau",
    '%1: no pressure sensor': '%1 : aucun capteur de pression',
    'sensitivity matrix: the network does not solve: %1':
        'matrice de sensibilité : la résolution du réseau échoue : %1',
    'sensitivity matrix: leak at %1 does not solve: %2':
        'matrice de sensibilité : la résolution avec une fuite en %1 échoue : %2',
})

FR.setdefault('vigie::hydraulics::LeakScorer', {}).update({
    'truth: pipe "%1" is not in the network': "vérité terrain : la canalisation « %1 » n'est pas dans le réseau",
})

FR.setdefault('vigie::hydraulics::ScadaData', {}).update({
    '%1: not a folder of SCADA files': "%1 : ce n'est pas un dossier de fichiers SCADA",
    '%1: no %2 file (expected %2.csv, %2.csv.gz or YYYY_SCADA_%2.csv)':
        '%1 : pas de fichier %2 (attendu : %2.csv, %2.csv.gz ou AAAA_SCADA_%2.csv)',
    '%1:%2: column 1 (Timestamp): the rows do not match those of %3 (%4 rows here, %5 there)':
        '%1:%2 : colonne 1 (Timestamp) : les lignes ne correspondent pas à celles de %3 (%4 lignes ici, %5 là-bas)',
})

FR.setdefault('vigie::hydraulics::WaterPlacement', {}).update({
    '--transform needs DX,DY[,SCALE[,ROTATION]] with a positive scale, not "%1"':
        '--transform attend DX,DY[,ÉCHELLE[,ROTATION]] avec une échelle positive, pas « %1 »',
})

FR.setdefault('vigie::lighting', {}).update({
    'motorised only': 'motorisé uniquement',
    'mixed': 'mixte',
    'mixed, many pedestrians and cyclists': 'mixte, nombreux piétons et cyclistes',
    'pedestrians only': 'piétons uniquement',
    'low': 'faible',
    'moderate': 'modéré',
    'high': 'élevé',
    'expressway': 'voie rapide',
    'distributor road': 'voie de distribution',
    'street': 'rue',
    'roundabout or junction': 'giratoire ou carrefour',
    'residential access road': 'voie de desserte résidentielle',
    'pedestrian area': 'zone piétonne',
    'speed %1 km/h': 'vitesse %1 km/h',
    'use %1 veh/h': 'fréquentation %1 véh/h',
    'traffic %1 veh/h': 'trafic %1 véh/h',
    'composition': 'composition du trafic',
    'carriageways': 'chaussées',
    'separated': 'séparées',
    'not separated': 'non séparées',
    'junctions': 'carrefours',
    'many': 'nombreux',
    'parked vehicles': 'stationnement',
    'present': 'présent',
    'none': 'néant',
    'ambient luminosity': 'niveau de luminosité ambiante',
    'navigation': 'navigation',
    'easy': 'facile',
    'difficult': 'difficile',
    'very difficult': 'très difficile',
    '%1: 6 − ΣV = 6 − %2 = %3 (%4)': '%1 : 6 − ΣV = 6 − %2 = %3 (%4)',
    '%1: no such territory file': '%1 : fichier de territoire introuvable',
    '%1: cannot open as a territory GeoPackage: %2':
        "%1 : impossible de l'ouvrir comme GeoPackage de territoire : %2",
    '%1: the territory has no lighting_luminaires layer (is the lighting plugin enabled?)':
        "%1 : le territoire n'a pas de couche lighting_luminaires (l'extension Éclairage public est-elle activée ?)",
    'territory_streets feature %1 (street %2): field lighting_class: unknown EN 13201 class "%3" (expected M1-M6, C0-C5 or P1-P6)':
        'territory_streets, entité %1 (voie %2) : champ lighting_class : classe EN 13201 « %3 » inconnue (attendu : M1-M6, C0-C5 ou P1-P6)',
    '%1: layer lighting_luminaires has no field technology':
        "%1 : la couche lighting_luminaires n'a pas de champ technology",
    '%1: layer lighting_luminaires has no field power_w':
        "%1 : la couche lighting_luminaires n'a pas de champ power_w",
    'lighting_luminaires feature %1 (luminaire %2)': 'lighting_luminaires, entité %1 (luminaire %2)',
    '%1: no point geometry': '%1 : pas de géométrie ponctuelle',
    '%1: field technology: missing lamp technology': '%1 : champ technology : technologie de la lampe manquante',
    '%1: field technology: unknown technology "%2" (expected HPS, MH, mercury, fluorescent or LED)':
        '%1 : champ technology : technologie « %2 » inconnue (attendu : HPS, MH, mercury, fluorescent ou LED)',
    '%1: field power_w: missing lamp power': '%1 : champ power_w : puissance de la lampe manquante',
    '%1: field power_w: lamp power must be positive, not %2 W':
        '%1 : champ power_w : la puissance de la lampe doit être positive, pas %2 W',
    '%1: field driver_loss_w: negative loss %2 W': '%1 : champ driver_loss_w : pertes négatives (%2 W)',
    '%1: field control: unknown control "%2" (expected none, DALI or 1-10V)':
        '%1 : champ control : protocole de commande « %2 » inconnu (attendu : none, DALI ou 1-10V)',
    '%1: the lighting inventory has errors, nothing was computed:':
        "%1 : l'inventaire de l'éclairage public contient des erreurs, rien n'a été calculé :",
    '(first %1 errors only)': '(seules les %1 premières erreurs sont affichées)',
    "Usage:\n  vigie-cli lighting optimise TERRITORY [--budget EUR_PER_YEAR] [--years N]\n                              [--switch-off HH:MM-HH:MM] [--unit cabinet|luminaire]\n                              [--compliance FILE.csv] [--json]\n  vigie-cli lighting classes TERRITORY [--json]\n  vigie-cli lighting maintenance TERRITORY [--telemetry FILE.csv] [--json]\n\noptimise: adaptive dimming per street and time band (EN 13201 class allowed by the\n  band's traffic, LP) and the LED retrofit plan under a yearly budget (MILP, NPV of\n  savings with CEE subsidies); energy, cost and CO2 before and after, compliance.\n  --budget      gross investment per year in euros (default 1000000; 0: no retrofit)\n  --years       plan length in years (default 6, one municipal mandate)\n  --switch-off  switch-off window for pedestrian and residential streets (P classes)\n  --unit        convert whole cabinets (default) or single luminaires\n  --compliance  write the compliance table (street x band) to a CSV file\nclasses: the EN 13201 class of every lit street, with the explanation of the choice.\nmaintenance: failed lamps, lamps burning by day, drifting lamps and group re-lamping,\n  from the territory's feeds_observations table or a telemetry CSV file.\n\nExit codes: 0 ok, 1 optimisation failed (e.g. infeasible budget), 2 usage error,\n3 unreadable territory or invalid inventory.\n":
        "Utilisation :\n  vigie-cli lighting optimise TERRITOIRE [--budget EUR_PAR_AN] [--years N]\n                              [--switch-off HH:MM-HH:MM] [--unit cabinet|luminaire]\n                              [--compliance FICHIER.csv] [--json]\n  vigie-cli lighting classes TERRITOIRE [--json]\n  vigie-cli lighting maintenance TERRITOIRE [--telemetry FICHIER.csv] [--json]\n\noptimise : gradation adaptative par voie et par plage horaire (classe EN 13201 permise par le\n  trafic de la plage, PL) et plan de rénovation LED sous budget annuel (PLNE, VAN des\n  économies avec les aides CEE) ; énergie, coût et CO2 avant et après, conformité.\n  --budget      investissement brut par an en euros (par défaut 1000000 ; 0 : pas de rénovation)\n  --years       durée du plan en années (par défaut 6, un mandat municipal)\n  --switch-off  plage d'extinction des voies piétonnes et résidentielles (classes P)\n  --unit        rénover des armoires entières (par défaut) ou des luminaires isolés\n  --compliance  écrire le tableau de conformité (voie x plage) dans un fichier CSV\nclasses : la classe EN 13201 de chaque voie éclairée, avec la justification du choix.\nmaintenance : lampes en panne, lampes allumées de jour, lampes en dérive et remplacement groupé\n  des lampes, à partir de la table feeds_observations du territoire ou d'un fichier CSV de télémesure.\n\nCodes de sortie : 0 succès, 1 échec de l'optimisation (par ex. budget irréalisable), 2 erreur d'utilisation,\n3 territoire illisible ou inventaire invalide.\n",
    'lighting %1: unknown option "%2"': 'lighting %1 : option inconnue « %2 »',
    'lighting %1: %2 needs a value': 'lighting %1 : %2 attend une valeur',
    'lighting optimise: --budget needs an amount of euros per year >= 0, not "%1"':
        'lighting optimise : --budget attend un montant en euros par an >= 0, pas « %1 »',
    'lighting optimise: --years needs a number of years from 1 to 50, not "%1"':
        "lighting optimise : --years attend un nombre d'années de 1 à 50, pas « %1 »",
    'lighting optimise: --switch-off needs a window HH:MM-HH:MM such as 01:00-05:00, not "%1"':
        'lighting optimise : --switch-off attend une plage HH:MM-HH:MM, par ex. 01:00-05:00, pas « %1 »',
    'lighting optimise: --unit is cabinet or luminaire, not "%1"':
        'lighting optimise : --unit vaut cabinet ou luminaire, pas « %1 »',
    'lighting %1: one territory only ("%2" is extra)': 'lighting %1 : un seul territoire (« %2 » est en trop)',
    'lighting %1: the territory file is missing': 'lighting %1 : le fichier de territoire est manquant',
    'lighting optimise: %1': 'lighting optimise : %1',
    'lighting optimise: cannot write %1: %2': "lighting optimise : impossible d'écrire %1 : %2",
    'Territory %1: %2 luminaires, %3 lit streets (%4 luminaires linked by street id, %5 by distance, %6 unlinked)':
        'Territoire %1 : %2 luminaires, %3 voies éclairées (%4 luminaires rattachés par identifiant de voie, %5 par distance, %6 non rattachés)',
    'Lit hours per year: %1 (sunset to sunrise, %2 bands)':
        "Heures d'éclairage par an : %1 (du coucher au lever du soleil, %2 plages horaires)",
    '                    kWh/year      EUR/year   t CO2/year':
        '                      kWh/an        EUR/an     t CO2/an',
    'today, full power': "aujourd'hui, 100 %",
    'dimming only': 'gradation seule',
    'after the plan': 'après le plan',
    'Energy saved: %1 %; compliance: %2 % of %3 street-band cells':
        'Énergie économisée : %1 % ; conformité : %2 % de %3 cases voie-plage',
    'Retrofit plan: investment %1 EUR, CEE %2 EUR, payback %3 years, NPV %4 EUR, gap to the LP bound %5 %':
        'Plan de rénovation : investissement %1 EUR, CEE %2 EUR, temps de retour %3 ans, VAN %4 EUR, écart à la borne PL %5 %',
    '  %1: %2 units, %3 luminaires, %4 EUR, saves %5 kWh/year':
        '  %1 : %2 unités, %3 luminaires, %4 EUR, économie de %5 kWh/an',
    'Time: %1 s (loading %2 s)': 'Durée : %1 s (chargement %2 s)',
    '%1 telemetry samples of %2 luminaires (%3 unknown lamp ids)':
        '%1 échantillons de télémesure de %2 luminaires (%3 identifiants de lampe inconnus)',
    'No telemetry: connect the luminaire controllers (feeds) or pass --telemetry FILE.csv.':
        'Aucune télémesure : connectez les contrôleurs des luminaires (flux) ou indiquez --telemetry FICHIER.csv.',
    'group re-lamping %1: %2': 'remplacement groupé des lampes, armoire %1 : %2',
    'street lighting: EN 13201 classes, dimming and LED retrofit optimisation, maintenance':
        'éclairage public : classes EN 13201, optimisation de la gradation et de la rénovation LED, maintenance',
    'lighting: unknown subcommand "%1"': 'lighting : sous-commande inconnue « %1 »',
    'failed': 'en panne',
    'burning by day': 'allumé de jour',
    'drifting': 'en dérive',
    'end of life': 'fin de vie',
    'the controller reports a lamp or driver failure': 'le contrôleur signale une panne de lampe ou de driver',
    'dark at night in the last %1 samples': 'éteint la nuit sur les %1 derniers échantillons',
    'lit by day in %1 samples (photocell or clock fault)':
        "allumé de jour sur %1 échantillons (défaut de cellule photoélectrique ou d'horloge)",
    'power %1 % of rated, %2 % over %3 days; a %4 % deviation expected in %5 days':
        'puissance à %1 % de la nominale, %2 % en %3 jours ; jours restants avant un écart de %4 % : %5',
    '%1 burning hours, %2 % of the rated life of a %3 lamp':
        "%1 heures de fonctionnement, %2 % de la durée de vie nominale d'une lampe %3",
    '%1 of %2 lamps past %3 % of their rated life (mean %4 %): re-lamp the cabinet in one visit':
        "%1 lampes sur %2 au-delà de %3 % de leur durée de vie nominale (moyenne %4 %) : remplacer toutes les lampes de l'armoire en une seule intervention",
    '%1: cannot open as a territory GeoPackage': "%1 : impossible de l'ouvrir comme GeoPackage de territoire",
    '%1: table feeds_observations lacks the columns sensor, t or value':
        "%1 : la table feeds_observations n'a pas les colonnes sensor, t ou value",
    '%1: line 1: the header must be %2': "%1 : ligne 1 : l'en-tête doit être %2",
    '%1: line %2, column %3: %4': '%1 : ligne %2, colonne %3 : %4',
    '%1 cells instead of %2': '%1 cellules au lieu de %2',
    'empty lamp id': 'identifiant de lampe vide',
    '"%1" is not an ISO 8601 time': "« %1 » n'est pas un horodatage ISO 8601",
    '"%1" is not a number >= 0': "« %1 » n'est pas un nombre >= 0",
    'dimming LP of street %1 in band %2 not solved': 'PL de gradation de la voie %1 dans la plage %2 non résolu',
    '%1 %2, %3 km/h, %4 veh/day (%5), busiest lit band %6: %7':
        '%1 %2, %3 km/h, %4 véh/jour (%5), plage éclairée la plus chargée %6 : %7',
    'measured count': 'comptage mesuré',
    'default for a %1': 'valeur par défaut du type %1',
    '%1: set by the user (field lighting_class); selection would give %2':
        "%1 : fixée par l'utilisateur (champ lighting_class) ; la sélection donnerait %2",
    'the yearly budget must be a positive amount of euros, not %1':
        'le budget annuel doit être un montant positif en euros, pas %1',
    'the plan must last 1 to 50 years, not %1': 'le plan doit durer de 1 à 50 ans, pas %1',
    'invalid retrofit parameters (LED efficacy, costs, subsidies or discount rate)':
        "paramètres de rénovation non valides (efficacité lumineuse des LED, coûts, aides ou taux d'actualisation)",
    'tariffs and the CO₂ factor must not be negative':
        "les tarifs et le facteur d'émission de CO₂ ne doivent pas être négatifs",
    'the inventory has no luminaire': "l'inventaire ne contient aucun luminaire",
    'street %1': 'voie %1',
    'infeasible budget: %1 € per year cannot convert even the cheapest %2 (%3 €, %4)':
        "budget irréalisable : %1 € par an ne suffisent pas à rénover même l'unité la moins chère (%2 %4, %3 €)",
    'cabinet': 'armoire',
    'luminaire': 'luminaire',
    'the LP relaxation of the retrofit plan was not solved':
        "la relaxation linéaire du plan de rénovation n'a pas été résolue",
    'the retrofit MILP found no plan (GLPK code %1, status %2)':
        "le PLNE de rénovation n'a trouvé aucun plan (code GLPK %1, statut %2)",
    "internal error: the dimming of today's luminaires breaks the class of street %1 in band %2 (%3 < %4 or uniformity %5)":
        'erreur interne : la gradation des luminaires actuels ne respecte pas la classe de la voie %1 dans la plage %2 (%3 < %4 ou uniformité %5)',
})

FR.setdefault('vigie::lightingcharts', {}).update({
    'Power over the night (kW)': 'Puissance au cours de la nuit (kW)',
    'Today, full power': "Aujourd'hui, pleine puissance",
    'After the plan, dimmed': 'Après le plan, avec gradation',
    'After the plan (not optimised yet)': 'Après le plan (pas encore optimisé)',
    'kW': 'kW',
    'Savings per year (€)': 'Économies par an (€)',
    'Adaptive dimming': 'Gradation adaptative',
    'LED retrofit so far': 'Rénovation LED réalisée à ce jour',
    '€ per year': '€ par an',
    'Investment vs cumulative savings (k€)': 'Investissement et économies cumulées (k€)',
    'Net investment (after CEE)': 'Investissement net (après CEE)',
    'Cumulative savings': 'Économies cumulées',
    'k€': 'k€',
    '%1: class and dimming level by band': '%1 : classe et niveau de gradation par plage horaire',
    'Select a street': 'Sélectionnez une voie',
    'Proposed level (%)': 'Niveau proposé (%)',
    'off': 'éteint',
    'band start and class required': 'début de plage et classe requise',
    'level (%)': 'niveau (%)',
})

FR.setdefault('vigie::roadmap', {}).update({
    'Usage: vigie-cli roadmap COMMAND [arguments] [options]\nRoadmap of the territory\'s projects: merge offline edits, schedule under budget caps, rank, exchange.\n\nCommands:\n  merge BASE OURS THEIRS --out MERGED [--json]   three-way merge of roadmap files\n  schedule FILE --cap YEAR=EUR,... [--json]      plan under yearly budget caps and dependencies\n  rank FILE [--weights ...] [--json]             weighted multi-criteria ranking, explained\n  export FILE --out X.csv|X.ics|X.gan            CSV, iCalendar milestones or GanttProject\n  import CSV --out FILE                          roadmap file from a CSV table\n  export-from TERRITORY --out FILE               roadmap file from the territory\'s roadmap\n  import-into TERRITORY FILE                     stores a roadmap file in the territory\n  report TERRITORY|FILE --out REPORT.pdf         PDF report (Gantt, budget, ranking, critical path)\n\n"vigie-cli roadmap COMMAND --help" describes a command.\nExit codes: 0 done, 1 failure (merge: conflicts recorded), 2 usage error, 3 an input cannot be read.\n':
        "Utilisation : vigie-cli roadmap COMMANDE [arguments] [options]\nFeuille de route des projets du territoire : fusion des modifications hors ligne, planification sous plafonds budgétaires, classement, échanges.\n\nCommandes :\n  merge BASE NÔTRE LEUR --out FUSION [--json]    fusion à trois voies de fichiers de feuille de route\n  schedule FICHIER --cap ANNÉE=EUR,... [--json]  plan sous plafonds budgétaires annuels et dépendances\n  rank FICHIER [--weights ...] [--json]          classement multicritère pondéré, expliqué\n  export FICHIER --out X.csv|X.ics|X.gan         CSV, jalons iCalendar ou GanttProject\n  import CSV --out FICHIER                       feuille de route à partir d'un tableau CSV\n  export-from TERRITOIRE --out FICHIER           fichier de feuille de route extrait du territoire\n  import-into TERRITOIRE FICHIER                 enregistre un fichier de feuille de route dans le territoire\n  report TERRITOIRE|FICHIER --out RAPPORT.pdf    rapport PDF (Gantt, budget, classement, chemin critique)\n\n« vigie-cli roadmap COMMANDE --help » décrit une commande.\nCodes de sortie : 0 terminé, 1 échec (merge : conflits enregistrés), 2 erreur d'utilisation, 3 une entrée est illisible.\n",
    'Usage: vigie-cli roadmap export-from TERRITORY.gpkg --out FILE [--name NAME]\nWrites the roadmap stored in the territory (document NAME, default "main") to a roadmap file,\natomically, e.g. to edit it offline and merge it later. The output may not be the territory.\nExit codes: 0 done, 1 the territory has no roadmap or the output cannot be written, 2 usage error,\n3 the territory cannot be read.\n':
        'Utilisation : vigie-cli roadmap export-from TERRITOIRE.gpkg --out FICHIER [--name NOM]\nÉcrit la feuille de route enregistrée dans le territoire (document NOM, par défaut "main") dans un fichier de feuille de route,\nde façon atomique, par ex. pour la modifier hors ligne et la fusionner ensuite. La sortie ne peut pas être le territoire.\nCodes de sortie : 0 terminé, 1 le territoire n\'a pas de feuille de route ou la sortie ne peut pas être écrite, 2 erreur d\'utilisation,\n3 le territoire est illisible.\n',
    'Usage: vigie-cli roadmap import-into TERRITORY.gpkg FILE [--name NAME] [--cap YEAR=EUR,...] [--weights W]\nStores a roadmap file in the territory (document NAME, default "main") in one transaction; the\ncaps and weights already stored are kept unless given. Refused, with nothing changed, when the file is\nmalformed, has a dependency cycle or a cap is below the spending already committed.\nExit codes: 0 done, 1 refused or not written, 2 usage error, 3 an input cannot be read.\n':
        'Utilisation : vigie-cli roadmap import-into TERRITOIRE.gpkg FICHIER [--name NOM] [--cap ANNÉE=EUR,...] [--weights P]\nEnregistre un fichier de feuille de route dans le territoire (document NOM, par défaut "main") en une seule transaction ; les\nplafonds et pondérations déjà enregistrés sont conservés s\'ils ne sont pas indiqués. Refusé, sans aucune modification, si le fichier\nest mal formé, contient un cycle de dépendances ou si un plafond est inférieur aux dépenses déjà engagées.\nCodes de sortie : 0 terminé, 1 refusé ou non écrit, 2 erreur d\'utilisation, 3 une entrée est illisible.\n',
    "Usage: vigie-cli roadmap report TERRITORY.gpkg|FILE --out REPORT.pdf [--cap YEAR=EUR,...] [--weights W]\nWrites the PDF report of a roadmap (from a territory or a roadmap file): title page, Gantt timeline\nwith the critical path, budget per year against the caps, ranked projects, critical path; one page per\nsection. The territory's stored caps and weights are used unless given.\nExit codes: 0 done, 1 the report cannot be written, 2 usage error, 3 the input cannot be read.\n":
        "Utilisation : vigie-cli roadmap report TERRITOIRE.gpkg|FICHIER --out RAPPORT.pdf [--cap ANNÉE=EUR,...] [--weights P]\nÉcrit le rapport PDF d'une feuille de route (d'un territoire ou d'un fichier de feuille de route) : page de titre, diagramme de Gantt\navec le chemin critique, budget par an face aux plafonds, classement des projets, chemin critique ; une page par\nsection. Les plafonds et pondérations enregistrés dans le territoire sont utilisés s'ils ne sont pas indiqués.\nCodes de sortie : 0 terminé, 1 impossible d'écrire le rapport, 2 erreur d'utilisation, 3 entrée illisible.\n",
    'roadmap export-from: expected TERRITORY --out FILE': 'roadmap export-from : TERRITOIRE --out FICHIER attendus',
    'roadmap export-from: --out must not be the territory':
        'roadmap export-from : --out ne doit pas être le territoire',
    'roadmap export-from: %1': 'roadmap export-from : %1',
    'roadmap export-from: %1 has no roadmap "%2"': "roadmap export-from : %1 n'a pas de feuille de route « %2 »",
    "Wrote the %1 projects of the territory's roadmap to %2":
        'Les %1 projets de la feuille de route du territoire ont été écrits dans %2',
    'roadmap import-into: expected TERRITORY FILE': 'roadmap import-into : TERRITOIRE FICHIER attendus',
    'roadmap import-into: %1': 'roadmap import-into : %1',
    'Stored %1 projects in %2 (roadmap "%3")': '%1 projets enregistrés dans %2 (feuille de route « %3 »)',
    'roadmap report: expected TERRITORY|FILE --out REPORT.pdf':
        'roadmap report : TERRITOIRE|FICHIER --out RAPPORT.pdf attendus',
    'roadmap report: --out must not be the input': "roadmap report : --out ne doit pas être l'entrée",
    'roadmap report: %1': 'roadmap report : %1',
    'roadmap report: %1 has no roadmap "%2"': "roadmap report : %1 n'a pas de feuille de route « %2 »",
    'Wrote the report of %1 projects to %2': 'Rapport de %1 projets écrit dans %2',
    'Bars: projects from their (actual) start, coloured by domain; red outline: critical path; lines: dependencies (finish to start).':
        'Barres : projets à partir de leur début (réel), colorés par domaine ; contour rouge : chemin critique ; traits : dépendances (fin-début).',
    'Roadmap report': 'Rapport de feuille de route',
    'Gantt timeline': 'Diagramme de Gantt',
    'Budget per year against the caps': 'Budget par an face aux plafonds',
    'Ranked projects': 'Classement des projets',
    'Critical path': 'Chemin critique',
    '%1: the PDF report needs a graphical application (fonts)':
        '%1 : le rapport PDF nécessite une application graphique (polices)',
    '%1: cannot write the report: %2': "%1 : impossible d'écrire le rapport : %2",
    '%1: cannot start the PDF': '%1 : impossible de commencer le PDF',
    'Projects: %1 (%2 not cancelled)': 'Projets : %1 (%2 non abandonnés)',
    'Total capex: %1': 'Investissement total : %1',
    'Roadmap ends: %1 (critical path of %2 projects)':
        'Fin de la feuille de route : %1 (chemin critique de %2 projets)',
    'Ranking weights: %1': 'Pondérations du classement : %1',
    'Unresolved merge conflicts: %1': 'Conflits de fusion non résolus : %1',
    'Generated by Vigie on %1': 'Généré par Vigie le %1',
    'Projects per domain': 'Projets par domaine',
    'Year': 'Année',
    'Committed': 'Engagé',
    'Planned': 'Prévu',
    'Total capex': 'Investissement total',
    'Cap': 'Plafond',
    'Margin': 'Marge',
    'Every year is within its cap.': 'Chaque année respecte son plafond.',
    '%1 year(s) above the cap (highlighted): run the scheduling to fit the plan under the caps.':
        '%1 année(s) au-dessus du plafond (en surbrillance) : lancez la planification pour faire tenir le plan sous les plafonds.',
    '%1 (continued)': '%1 (suite)',
    'Rank': 'Rang',
    'Domain': 'Domaine',
    'Score': 'Score',
    'Impact': 'Impact',
    'Feasibility': 'Faisabilité',
    'Demand': 'Demande',
    'Matrix': 'Matrice',
    'The chain of projects that sets the end of the roadmap (%1): a month of delay on any of them delays the end.':
        "La chaîne de projets qui fixe la fin de la feuille de route (%1) : un mois de retard sur l'un d'eux retarde la fin.",
    '#': 'N°',
    'Start': 'Début',
    'End (excl.)': 'Fin (exclue)',
    'Months': 'Mois',
    'Capex': 'Investissement',
    '%1: cannot finish the PDF': '%1 : impossible de terminer le PDF',
    'budget cap for %1: %2 € is below the spending already committed that year, %3 €, by project(s) %4 (field "capex")':
        'plafond budgétaire pour %1 : %2 € est inférieur aux dépenses déjà engagées cette année-là, %3 €, par le(s) projet(s) %4 (champ "capex")',
    '%1: a roadmap document needs a name': '%1 : un document de feuille de route doit avoir un nom',
    '%1: roadmap not saved: %2': '%1 : feuille de route non enregistrée : %2',
    'migration of %1 to schema %2 failed: %3': 'échec de la migration de %1 vers le schéma %2 : %3',
    '%1, roadmap "%2"': '%1, feuille de route « %2 »',
    '%1: the settings are not a JSON object': '%1 : les paramètres ne sont pas un objet JSON',
})

FR.setdefault('vigie::roadmap::Database', {}).update({
    '%1: no such territory file': '%1 : fichier de territoire introuvable',
    '%1: cannot open the territory: %2': "%1 : impossible d'ouvrir le territoire : %2",
    '%1 is not a Vigie territory (no vigie_schema table)':
        "%1 n'est pas un territoire Vigie (pas de table vigie_schema)",
    'out of memory': 'mémoire insuffisante',
    '%1: SQL failed (%2): %3': '%1 : échec SQL (%2) : %3',
    '%1: the roadmap was written by a newer Vigie (component %2 schema %3, this version supports %4)':
        '%1 : la feuille de route a été écrite par une version plus récente de Vigie (composant %2, schéma %3 ; cette version gère %4)',
})

FR.setdefault('vigie::roadmap::RoadmapSettings', {}).update({
    'settings, field "caps": "%1" is not a year with an amount >= 0':
        'paramètres, champ "caps" : « %1 » n\'est pas une année avec un montant >= 0',
    'settings, field "weights": %1': 'paramètres, champ "weights" : %1',
    'settings, field "kpiActuals": project %1, KPI "%2" is not a number':
        'paramètres, champ "kpiActuals" : projet %1, l\'indicateur « %2 » n\'est pas un nombre',
})


# --- session 3 (fr-5)
FR.setdefault('vigie::AgendaEditor', {}).update({
    'Meeting agendas — %1': 'Ordres du jour des réunions — %1',
    'D&uplicate…': 'D&upliquer…',
    'De&lete': 'Suppr&imer',
    '&Agenda:': '&Ordre du jour :',
    'Title of the deck, e.g. Conseil municipal du 12 décembre': 'Titre du diaporama, p. ex. Conseil municipal du 12 décembre',
    'Light': 'Clair',
    'Dark': 'Sombre',
    'Theme:': 'Thème :',
    'Deck &title:': '&Titre du diaporama :',
    'Language of the deck:': 'Langue du diaporama :',
    'Slides the territory can give; greyed ones are missing (the reason is in their tooltip). Double-click to add.': "Diapositives que le territoire peut fournir ; celles en grisé sont indisponibles (la raison figure dans leur info-bulle). Double-cliquez pour ajouter.",
    '&Add →': '&Ajouter →',
    'Available slides': 'Diapositives disponibles',
    'The slides of the agenda in their order: drag to reorder, double-click (or F2) to change a title': "Diapositives de l'ordre du jour, dans leur ordre de passage : faites-les glisser pour les réordonner, double-cliquez (ou F2) pour modifier un titre",
    '&Up': '&Monter',
    'Do&wn': 'De&scendre',
    '&Remove': '&Retirer',
    'Original t&itle': "Titre d'ori&gine",
    'Slides of this agenda, in order': 'Diapositives de cet ordre du jour, dans leur ordre de passage',
    '&Save': '&Enregistrer',
    '&Present': '&Présenter',
    'Export P&DF…': 'Exporter en P&DF…',
    'Export P&NG…': 'Exporter en P&NG…',
    'Drop the changes to « %1 »?': 'Abandonner les modifications de « %1 » ?',
    'Deck written: %1': 'Diaporama enregistré : %1',
    '%n image(s) written in %1': ('%n image enregistrée dans %1', '%n images enregistrées dans %1'),
    'Cancelled.': 'Annulé.',
    'Export cancelled; nothing was written.': "Export annulé ; aucun fichier n'a été écrit.",
    'The deck could not be exported: %1': "Le diaporama n'a pas pu être exporté : %1",
    '%n slide(s) available.': ('%n diapositive disponible.', '%n diapositives disponibles.'),
    'The slides of the territory cannot be listed: %1': 'Impossible de recenser les diapositives du territoire : %1',
    'The agendas of %1 cannot be read: %2': 'Impossible de lire les ordres du jour de %1 : %2',
    'The agenda « %1 » cannot be read: %2': "Impossible de lire l'ordre du jour « %1 » : %2",
    '%1 — slide « %2 » (%3)': '%1 — diapositive « %2 » (%3)',
    'Missing: %1': 'Indisponible : %1',
    'The territory cannot give the slide « %1 »: the deck will say what is missing.': 'Le territoire ne peut pas fournir la diapositive « %1 » : le diaporama indiquera ce qui manque.',
    'Listing the slides of the territory…': 'Recensement des diapositives du territoire…',
    '%1 (missing)': '%1 (indisponible)',
    'Slide « %1 » (%2)': 'Diapositive « %1 » (%2)',
    'The territory has no slide « %1 ».': "Le territoire n'a pas de diapositive « %1 ».",
    'The agenda has no name.': "L'ordre du jour n'a pas de nom.",
    'unknown error': 'erreur inconnue',
    'The agenda « %1 » was not saved in %2: %3': "L'ordre du jour « %1 » n'a pas été enregistré dans %2 : %3",
    'Agenda « %1 » saved in the territory (%n slide(s)).': ('Ordre du jour « %1 » enregistré dans le territoire (%n diapositive).', 'Ordre du jour « %1 » enregistré dans le territoire (%n diapositives).'),
    'The new agenda needs a name.': 'Le nouvel ordre du jour doit avoir un nom.',
    'There is already an agenda named « %1 ».': 'Un ordre du jour nommé « %1 » existe déjà.',
    '%1 (copy)': '%1 (copie)',
    'Agenda « %1 » created.': 'Ordre du jour « %1 » créé.',
    'The agenda « %1 » was not deleted from %2: %3': "L'ordre du jour « %1 » n'a pas été supprimé de %2 : %3",
    'no agenda selected': 'aucun ordre du jour sélectionné',
    'Agenda « %1 » deleted.': 'Ordre du jour « %1 » supprimé.',
    'New agenda': 'Nouvel ordre du jour',
    'Name of the agenda (a short key, e.g. commission-travaux):': "Nom de l'ordre du jour (une clé courte, p. ex. commission-travaux) :",
    'Duplicate the agenda': "Dupliquer l'ordre du jour",
    'Name of the copy:': 'Nom de la copie :',
    'Delete the agenda': "Supprimer l'ordre du jour",
    'Delete the agenda « %1 » from the territory? A default agenda comes back as it was.': "Supprimer l'ordre du jour « %1 » du territoire ? Un ordre du jour par défaut est rétabli dans son état d'origine.",
    'The agenda has no slide to export.': "L'ordre du jour ne contient aucune diapositive à exporter.",
    'An export is already running.': 'Un export est déjà en cours.',
    'Export the deck as PDF': 'Exporter le diaporama en PDF',
})
FR.setdefault('vigie::WaterMap', {}).update({
    'Pipes (simulation)': 'Canalisations (simulation)',
    'Junctions (simulation)': 'Jonctions (simulation)',
    'above %1 %2': 'plus de %1 %2',
    'no pressure (below 0)': 'sans pression (inférieure à 0)',
    'low (below %1)': 'faible (inférieure à %1)',
    'above %1': 'plus de %1',
    'Metered areas by real losses': 'Secteurs de comptage selon les pertes réelles',
    '%1: %2 m³/day lost': '%1 : %2 m³/jour perdus',
    'Isolation: pipes and valves': 'Isolement : canalisations et vannes',
    'Isolation: valves and cut-off junctions': "Isolement : vannes et jonctions privées d'eau",
    'burst pipe': 'canalisation cassée',
    'segment emptied': 'tronçon vidangé',
    'cut off (no supply)': 'coupé (non alimenté)',
    'valve or pump to close': 'vanne ou pompe à fermer',
    'valve to close': 'vanne à fermer',
    'junction without water': "jonction privée d'eau",
    'Leak candidates': 'Canalisations suspectées de fuite',
    'reported leak pipe': 'canalisation avec fuite signalée',
    'candidate 1': 'suspecte n° 1',
    'candidates 2-3': 'suspectes n° 2 et 3',
    'candidates 4 and more': 'suspectes n° 4 et suivantes',
})
FR.setdefault('vigie::ReviewMode', {}).update({
    '&Present': '&Présenter',
    'Present the review deck of the territory full screen (F5)': 'Présenter le diaporama du territoire en plein écran (F5)',
    'Build the review deck of the territory and show it full screen': "Générer le diaporama du territoire et l'afficher en plein écran",
    'Present &with…': 'Présenter a&vec…',
    'Shift+F5': 'Shift+F5',
    'Choose the agenda, the language and the theme, then present': "Choisir l'ordre du jour, la langue et le thème, puis présenter",
    '&Agendas…': '&Ordres du jour…',
    'Choose, order and title the slides of the meeting agendas; export the deck as PDF or PNG': 'Choisir, ordonner et intituler les diapositives des ordres du jour des réunions ; exporter le diaporama en PDF ou en PNG',
    'Review': 'Présentation',
    'Open a territory first: the review deck is built from it.': "Ouvrez d'abord un territoire : le diaporama est généré à partir de celui-ci.",
    'The deck is already being built.': 'Le diaporama est déjà en cours de génération.',
    'The agenda « %1 » cannot be read: %2': "Impossible de lire l'ordre du jour « %1 » : %2",
    'Building the deck « %1 »…': 'Génération du diaporama « %1 »…',
    'Building the review deck…': 'Génération du diaporama…',
    'Presentation cancelled.': 'Présentation annulée.',
    'The review deck could not be built: %1': "Le diaporama n'a pas pu être généré : %1",
    'Deck « %1 »: %n slide(s), built in %2 s': ('Diaporama « %1 » : %n diapositive, généré en %2 s', 'Diaporama « %1 » : %n diapositives, généré en %2 s'),
    'The agendas of the territory cannot be read: %1': 'Impossible de lire les ordres du jour du territoire : %1',
    'Open a territory first: its agendas are saved in it.': "Ouvrez d'abord un territoire : ses ordres du jour y sont enregistrés.",
    '&Review': '&Présentation',
})
FR.setdefault('vigie', {}).update({
    '%1: cannot read the PostGIS database: %2': '%1 : impossible de lire la base de données PostGIS : %2',
    '%1: cannot connect to PostgreSQL: %2': '%1 : impossible de se connecter à PostgreSQL : %2',
    'the PostGIS extension is not installed in this database': "l'extension PostGIS n'est pas installée dans cette base de données",
    '%1 is a PostGIS database but not a Vigie territory': "%1 est une base de données PostGIS mais pas un territoire Vigie",
    '%1: cannot open the PostGIS database: %2': "%1 : impossible d'ouvrir la base de données PostGIS : %2",
    '%1 already holds a territory; a territory is never overwritten': "%1 contient déjà un territoire ; un territoire n'est jamais écrasé",
    '%1: the database already has a table %2; use an empty database': '%1 : la base de données contient déjà une table %2 ; utilisez une base de données vide',
    '%1: PostGIS is not available in the database (CREATE EXTENSION postgis: %2)': "%1 : PostGIS n'est pas disponible dans la base de données (CREATE EXTENSION postgis : %2)",
})
FR.setdefault('vigie::PresenterView', {}).update({
    'Presenter view — Vigie': 'Vue présentateur — Vigie',
    'Time since the start of the presentation (click to restart)': 'Temps écoulé depuis le début de la présentation (cliquez pour le remettre à zéro)',
    'Next': 'Suivante',
    'Notes': 'Notes',
    '%1 (black screen)': '%1 (écran noir)',
    '(no notes for this slide)': '(aucune note pour cette diapositive)',
    'End of the presentation': 'Fin de la présentation',
    '…': '…',
})
FR.setdefault('vigie::DeckBuildJob', {}).update({
    'The deck could not be built.': "Le diaporama n'a pas pu être généré.",
    'Cancelled.': 'Annulé.',
})

# --- session 3 (fr-6)
# French translations for /work/notes/missing-fr-6.txt (helper K=6).

FR.setdefault('vigie::WaterPanel', {}).update({
    'No water network': "Aucun réseau d'eau",
    'Simulating… %1 % (%2 s)': 'Simulation en cours… %1 % (%2 s)',
    'Reading the SCADA data and computing the balance… %1 s': 'Lecture des données SCADA et calcul du bilan… %1 s',
    'Reading the SCADA data and detecting leaks… %1 s': 'Lecture des données SCADA et détection des fuites… %1 s',
    "Reading the territory's water network… %1 s": "Lecture du réseau d'eau du territoire… %1 s",
    ' h': ' h',
    'Simulate': 'Simuler',
    'Extended-period hydraulic simulation (the solver of vigie-cli water simulate) in the background':
        'Simulation hydraulique de longue durée (le solveur de vigie-cli water simulate), calculée en arrière-plan',
    'no results': 'aucun résultat',
    'Pipes by': 'Canalisations selon',
    'velocity': 'vitesse',
    'flow': 'débit',
    'low pressure below': 'pression basse en dessous de',
    'Pressure': 'Pression',
    'Head': 'Charge',
    'node id, or pick one on the map': 'identifiant de nœud, ou choisissez-en un sur la carte',
    'Pick on map': 'Choisir sur la carte',
    'Simulation': 'Simulation',
    'SCADA folder (BattLeDIM layout)': 'Dossier SCADA (organisation BattLeDIM)',
    '…': '…',
    'Compute balance': 'Calculer le bilan',
    'Daily water balance per metered area (vigie-cli water balance) in the background':
        'Bilan hydraulique journalier par secteur de comptage (vigie-cli water balance), calculé en arrière-plan',
    'SCADA': 'SCADA',
    'Area': 'Secteur',
    'Inflow m³/d': 'Mis en distribution m³/j',
    'Consumption m³/d': 'Consommation m³/j',
    'Real losses m³/d': 'Pertes réelles m³/j',
    'NRW %': 'Eau non facturée %',
    'ILI': 'ILI',
    'Mains km': 'Conduites km',
    'Connections': 'Branchements',
    'Balance': 'Bilan',
    'Burst pipe': 'Canalisation cassée',
    'pipe id': 'identifiant de canalisation',
    'Isolate': 'Isoler',
    'A valve at each end of every pipe ("N" rule) besides the model\'s valves and pumps':
        'Une vanne à chaque extrémité de chaque canalisation (règle « N »), en plus des vannes et des pompes du modèle',
    'Valves to close': 'Vannes à fermer',
    'Isolation': 'Sectionnement',
    'Detect leaks': 'Détecter les fuites',
    'Leak detection and localisation (vigie-cli water detect) in the background':
        'Détection et localisation des fuites (vigie-cli water detect), calculées en arrière-plan',
    'm³/h': 'm³/h',
    'Confidence': 'Confiance',
    'Candidate pipe': 'Canalisation candidate',
    'Similarity': 'Similarité',
    'Leaks': 'Fuites',
    'Choose the SCADA folder': 'Choisir le dossier SCADA',
    'SCADA folder': 'Dossier SCADA',
    '%1: water network of the territory': "%1 : réseau d'eau du territoire",
    'L-TOWN demo model (the territory has none: %1); not placed on the territory':
        "Modèle de démonstration L-TOWN (le territoire n'en a pas : %1) ; non positionné sur le territoire",
    '%1 junctions, %2 pipes, %3 pumps, %4 valves, %5 tanks, %6 reservoirs. Simulate, or pick a pipe to isolate.':
        "%1 jonctions, %2 canalisations, %3 pompes, %4 vannes, %5 châteaux d'eau, %6 réservoirs. Lancez une simulation ou choisissez une canalisation à isoler.",
    'Water analysis': "Analyse du réseau d'eau",
    'Open a territory with a water network first.': "Ouvrez d'abord un territoire comportant un réseau d'eau.",
    '%1 hydraulic solutions (%2 trials), %3 reporting steps in %4 s.%5':
        '%1 résolutions hydrauliques (%2 itérations), %3 pas de rapport en %4 s.%5',
    ' %n warning(s): %1':
        (' %n avertissement : %1', ' %n avertissements : %1'),
    'Simulation failed: %1': 'Échec de la simulation : %1',
    'day %1, %2:%3': 'jour %1, %2:%3',
    'Node (%n below %1)':
        ('Nœud (%n en dessous de %1)', 'Nœud (%n en dessous de %1)'),
    'No node "%1" in the network.': 'Aucun nœud « %1 » dans le réseau.',
    'Select a node (list or map)': 'Sélectionnez un nœud (liste ou carte)',
    'Head and pressure over time: run a simulation': 'Charge et pression au cours du temps : lancez une simulation',
})

FR.setdefault('vigie::store', {}).update({
    'table %1: index not copied (no equivalent): %2': 'table %1 : index non copié (aucun équivalent) : %2',
    'layer %1: table %2 is missing': 'couche %1 : la table %2 est absente',
    "layer %1: the destination has no field '%2'": "couche %1 : la destination n'a pas de champ « %2 »",
    'layer %1: cannot start a transaction: %2': 'couche %1 : impossible de démarrer une transaction : %2',
    'layer %1: %2': 'couche %1 : %2',
    'table %1, row %2: %3': 'table %1, ligne %2 : %3',
    '%1: component %2 is at schema %3, the loaded plugin at %4; open the territory read-write once to migrate it, then copy it':
        "%1 : le composant %2 est au schéma %3, l'extension chargée au schéma %4 ; ouvrez une fois le territoire en lecture-écriture pour le migrer, puis copiez-le",
    '%1: layer %2 belongs to no loaded plugin; load its plugin to copy the territory':
        "%1 : la couche %2 n'appartient à aucune extension chargée ; chargez son extension pour copier le territoire",
    '%1: cannot connect to PostgreSQL: %2': '%1 : impossible de se connecter à PostgreSQL : %2',
    'creating %1': 'création de %1',
    'layer %1': 'couche %1',
    'table %1': 'table %1',
    '%1: table %2: %3': '%1 : table %2 : %3',
    'copied %1 to %2: %3 features, %4 rows': '%1 copié vers %2 : %3 entités, %4 lignes',
    '%1: roles are enforced by PostgreSQL: they need a PostGIS territory (PG:...)':
        '%1 : les rôles sont appliqués par PostgreSQL : ils nécessitent un territoire PostGIS (PG:...)',
    "role prefix '%1': use lower-case letters, digits and _ (e.g. vigie)":
        'préfixe de rôle « %1 » : utilisez des lettres minuscules, des chiffres et _ (par ex. vigie)',
    '%1 is a PostGIS database but not a Vigie territory': '%1 est une base PostGIS mais pas un territoire Vigie',
    '%1: cannot set up the roles (%2): %3': '%1 : impossible de mettre en place les rôles (%2) : %3',
    '%1: read every table': '%1 : lecture de toutes les tables',
    '%1: read, and write %2': '%1 : lecture, et écriture de %2',
    '%1: every privilege, schema changes': '%1 : tous les privilèges, modifications du schéma',
})

FR.setdefault('vigie::Cli', {}).update({
    'missing subcommand: create, info, validate, copy or roles.':
        'sous-commande manquante : create, info, validate, copy ou roles.',
    'OUT.gpkg|PG:CONNINFO': 'SORTIE.gpkg|PG:CONNINFO',
    'SOURCE DESTINATION': 'SOURCE DESTINATION',
    'Copies a territory between a GeoPackage and a PostGIS database (PG:CONNINFO), either way, losslessly.':
        "Copie un territoire entre un GeoPackage et une base PostGIS (PG:CONNINFO), dans un sens ou dans l'autre, sans perte.",
    'Copies every asset layer (fids, geometries, attributes) and every plain table (metadata, observations, alarms, roadmap, budget...).\nThe destination must not hold a territory; a failed copy leaves nothing behind.':
        "Copie chaque couche d'équipements (fid, géométries, attributs) et chaque table simple (métadonnées, observations, alarmes, feuille de route, budget...).\nLa destination ne doit pas contenir de territoire ; une copie qui échoue ne laisse aucune trace.",
    'PG:CONNINFO': 'PG:CONNINFO',
    'Creates the PostgreSQL roles of a PostGIS territory (viewer, operator, planner, admin) and grants their privileges.':
        "Crée les rôles PostgreSQL d'un territoire PostGIS (viewer, operator, planner, admin : lecteur, opérateur, planificateur, administrateur) et leur accorde leurs privilèges.",
    'The database enforces them: a viewer reads, an operator also edits assets and alarms, a planner the roadmap and budget, an admin everything.\nGive people a login role in one of them, e.g. CREATE ROLE alice LOGIN IN ROLE vigie_viewer. Run again after a module adds tables.':
        "La base de données les fait respecter : un lecteur consulte, un opérateur modifie en plus les équipements et les alarmes, un planificateur la feuille de route et le budget, un administrateur tout.\nDonnez à chaque personne un rôle de connexion membre de l'un d'eux, par ex. CREATE ROLE alice LOGIN IN ROLE vigie_viewer. Relancez la commande après l'ajout de tables par un module.",
    'Prefix of the role names (default: vigie).': 'Préfixe des noms de rôles (par défaut : vigie).',
    'PREFIX': 'PRÉFIXE',
    'Database: %1': 'Base de données : %1',
    'Cannot create a temporary folder to build the demo: %1':
        'Impossible de créer un dossier temporaire pour construire la démonstration : %1',
    'Cannot copy the demo territory to PostGIS: %1':
        'Impossible de copier le territoire de démonstration vers PostGIS : %1',
    'DESTINATION': 'DESTINATION',
    'Copying %1...': 'Copie de %1...',
    'Cannot copy the territory: %1': 'Impossible de copier le territoire : %1',
    'Copied %1 to %2: %3 features in %4 layers, %5 rows in %6 tables, in %7 s.':
        '%1 copié vers %2 : %3 entités dans %4 couches, %5 lignes dans %6 tables, en %7 s.',
    'roles are enforced by PostgreSQL: give a PostGIS territory (PG:CONNINFO), not %1.':
        'les rôles sont appliqués par PostgreSQL : indiquez un territoire PostGIS (PG:CONNINFO), et non %1.',
    'Cannot set up the roles: %1': 'Impossible de mettre en place les rôles : %1',
})

FR.setdefault('vigie::ReviewOptionsDialog', {}).update({
    'Present the review deck': 'Présenter le diaporama',
    'Light (bright rooms)': 'Clair (salles lumineuses)',
    'Dark (dim rooms, projectors)': 'Sombre (salles peu éclairées, vidéoprojecteurs)',
    'With one screen, show the presenter view in a window (rehearsal)':
        'Avec un seul écran, afficher la vue présentateur dans une fenêtre (répétition)',
    '%n screens: the slides go to the projector, the presenter view stays on this screen.':
        ('%n écran : les diapositives vont au vidéoprojecteur, la vue présentateur reste sur cet écran.', '%n écrans : les diapositives vont au vidéoprojecteur, la vue présentateur reste sur cet écran.'),
    'One screen: the slides fill it; Esc leaves, B blanks it.':
        "Un seul écran : les diapositives l'occupent entièrement ; Échap pour quitter, B pour afficher un écran noir.",
    '&Agenda:': '&Ordre du jour :',
    '&Language of the deck:': '&Langue du diaporama :',
    '&Theme:': '&Thème :',
    '&Present': '&Présenter',
})

FR.setdefault('vigie::PresentationWindow', {}).update({
    'Presentation — Vigie': 'Présentation — Vigie',
    '%1 — Vigie': '%1 — Vigie',
    'no slide': 'aucune diapositive',
    '%1 / %2': '%1 / %2',
    'This deck has no slide.': 'Ce diaporama ne contient aucune diapositive.',
    '%1\n\nThis slide could not be drawn: %2': "%1\n\nCette diapositive n'a pas pu être affichée : %2",
    'Slide %1': 'Diapositive %1',
})

FR.setdefault('vigie::LightingPanel', {}).update({
    'Optimising: %1… %2 %, %3 s': 'Optimisation : %1… %2 %, %3 s',
    'starting': 'démarrage',
})

# --- session 3 (fr-7)
FR.setdefault('vigie::review', {}).update({
    '%1: %2 pages (%3 slides), written in %4 s': '%1 : %2 pages (%3 diapositives), écrit en %4 s',
    '%1: %2 PNG images, written in %3 s': '%1 : %2 images PNG, écrites en %3 s',
    'Data as of %1': 'Données au %1',
    'Appendix — %1': 'Annexe — %1',
    '(continued)': '(suite)',
    'Map not available: the territory layers are not loaded': 'Carte indisponible : les couches du territoire ne sont pas chargées',
    'bookmark “%1” not found: whole territory shown': 'signet « %1 » introuvable : tout le territoire est affiché',
    '… %1 more rows in the appendix': '… %1 lignes supplémentaires en annexe',
    'Not available': 'Non disponible',
    '%1 / %2': '%1 / %2',
    'Missing slide': 'Diapositive manquante',
    'page %1 does not exist: the deck has %2 pages': "la page %1 n'existe pas : la présentation compte %2 pages",
    'invalid image size %1x%2': "taille d'image %1x%2 invalide",
    'page %1 could not be drawn': "la page %1 n'a pas pu être dessinée",
    'the deck has no slide: nothing written to %1': "la présentation ne contient aucune diapositive : rien n'a été écrit dans %1",
    'export cancelled: nothing written to %1': "export annulé : rien n'a été écrit dans %1",
    'cannot write %1: %2': "impossible d'écrire %1 : %2",
    'cannot start the PDF %1': "impossible de commencer l'écriture du PDF %1",
    'agenda: field "name" is missing or not a non-empty string':
        'ordre du jour : champ "name" absent ou pas une chaîne de caractères non vide',
    'agenda "%1": field "title" is not a string':
        "ordre du jour « %1 » : le champ \"title\" n'est pas une chaîne de caractères",
    'agenda "%1": field "items" is missing or not an array':
        'ordre du jour « %1 » : champ "items" absent ou pas un tableau',
    'agenda "%1": items[%2]: field "slide" is missing or not a string':
        'ordre du jour « %1 » : items[%2] : champ "slide" absent ou pas une chaîne de caractères',
    'agenda "%1": items[%2]: field "title" is not a string':
        "ordre du jour « %1 » : items[%2] : le champ \"title\" n'est pas une chaîne de caractères",
    'agenda "%1": items[%2] is neither a slide id nor an object':
        "ordre du jour « %1 » : items[%2] n'est ni un identifiant de diapositive ni un objet",
    'agenda "%1": items[%2]: empty slide id': 'ordre du jour « %1 » : items[%2] : identifiant de diapositive vide',
    '%1: not a Vigie territory (no vigie_schema table)': "%1 : ce n'est pas un territoire Vigie (pas de table vigie_schema)",
    '%1: the agendas were written by a newer Vigie (component %2 schema %3, this version supports %4)':
        '%1 : les ordres du jour ont été écrits par une version plus récente de Vigie (composant %2, schéma %3 ; cette version gère %4)',
    '%1: table review_agendas, agenda "%2": invalid JSON (%3)':
        '%1 : table review_agendas, ordre du jour « %2 » : JSON invalide (%3)',
    'not an object': "ce n'est pas un objet",
    '%1: table review_agendas, agenda "%2": %3': '%1 : table review_agendas, ordre du jour « %2 » : %3',
    '%1: no agenda "%2" (available: %3)': "%1 : pas d'ordre du jour « %2 » (disponibles : %3)",
    '%1: agenda not saved: %2': '%1 : ordre du jour non enregistré : %2',
    '%1: agenda "%2" not saved: it has no slide':
        '%1 : ordre du jour « %2 » non enregistré : il ne contient aucune diapositive',
    '%1: no saved agenda "%2" to remove': "%1 : aucun ordre du jour « %2 » enregistré à supprimer",
    'Energy saved by street lighting': "Énergie économisée par l'éclairage public",
    'Money saved by street lighting': "Économies financières de l'éclairage public",
    'Water losses': 'Pertes en eau',
    'Non-revenue water': 'Eau non facturée',
    '%1: cannot open the territory': "%1 : impossible d'ouvrir le territoire",
    'deck build cancelled': 'préparation de la présentation annulée',
    'Usage: vigie-cli report TERRITORY [--agenda NAME] [--lang fr|en] [--date YYYY-MM-DD]\n                        [--json FILE|-] [--out DECK.pdf] [--png DIR] [--plugins DIR]\nThe review deck of a territory for a council or committee meeting: the slides of the agenda\n(saved with the territory, or a default one) with their figures, each computed by the same code\nas the matching vigie-cli command.\n\nOptions:\n  --agenda NAME   agenda to build (default: council; also committee-lighting, committee-water,\n                  committee-feeds, committee-roadmap, committee-budget and the agendas saved in the territory)\n  --lang L        deck language: fr (default) or en\n  --date D        review date YYYY-MM-DD (default: today): figures are as of that date\n  --json FILE     writes the deck\'s slides and figures as JSON ("-": standard output)\n  --out FILE.pdf  writes the deck as PDF (needs the QGIS build)\n  --png DIR       writes one PNG image per slide into DIR (needs the QGIS build)\n  --plugins DIR   also loads the domain plugins of DIR\n  -h, --help      shows this help\n\nExit codes: 0 done, 1 failure, 2 usage error (unknown agenda), 3 the territory cannot be read.\n':
        "Utilisation : vigie-cli report TERRITOIRE [--agenda NOM] [--lang fr|en] [--date AAAA-MM-JJ]\n                               [--json FICHIER|-] [--out DIAPORAMA.pdf] [--png DOSSIER] [--plugins DOSSIER]\nLa présentation d'un territoire pour une séance du conseil municipal ou une réunion de commission : les diapositives\nde l'ordre du jour (enregistré avec le territoire, ou celui par défaut) avec leurs chiffres, chacun calculé par le même\ncode que la commande vigie-cli correspondante.\n\nOptions :\n  --agenda NOM        ordre du jour à préparer (par défaut : council ; aussi committee-lighting, committee-water,\n                      committee-feeds, committee-roadmap, committee-budget et les ordres du jour enregistrés dans le territoire)\n  --lang L            langue de la présentation : fr (par défaut) ou en\n  --date D            date de la séance AAAA-MM-JJ (par défaut : aujourd'hui) : chiffres arrêtés à cette date\n  --json FICHIER      écrit les diapositives et les chiffres de la présentation en JSON (« - » : sortie standard)\n  --out FICHIER.pdf   écrit la présentation en PDF (nécessite la version compilée avec QGIS)\n  --png DOSSIER       écrit une image PNG par diapositive dans DOSSIER (nécessite la version compilée avec QGIS)\n  --plugins DOSSIER   charge aussi les extensions métier de DOSSIER\n  -h, --help          affiche cette aide\n\nCodes de sortie : 0 terminé, 1 échec, 2 erreur d'utilisation (ordre du jour inconnu), 3 territoire illisible.\n",
    'report: %1 needs a value': 'report : %1 attend une valeur',
    'report: --lang: %1': 'report : --lang : %1',
    'report: --date needs a date YYYY-MM-DD, not "%1"': 'report : --date attend une date AAAA-MM-JJ, pas « %1 »',
    'report: --plugins: folder %1 does not exist': "report : --plugins : le dossier %1 n'existe pas",
    'report: unknown option "%1"': 'report : option inconnue « %1 »',
    'report: missing TERRITORY': 'report : TERRITOIRE manquant',
    'report: unexpected argument "%1"': 'report : argument inattendu « %1 »',
    'report: nothing to write: give --json FILE|-, --out DECK.pdf or --png DIR':
        'report : rien à écrire : indiquez --json FICHIER|-, --out DIAPORAMA.pdf ou --png DOSSIER',
    'report: --json must not be the territory': 'report : --json ne doit pas désigner le fichier du territoire',
    'report: %1: no such territory file': 'report : %1 : fichier de territoire introuvable',
    'report: %1': 'report : %1',
    'the deck has no slide': 'la présentation ne contient aucune diapositive',
    'report: cannot write %1: %2': "report : impossible d'écrire %1 : %2",
    'Review deck of a territory for a council or committee meeting: figures as JSON, PDF, PNG.':
        "Présentation d'un territoire pour le conseil municipal ou une commission : chiffres en JSON, PDF, PNG.",
    'report: --out and --png need the build with QGIS (this vigie-cli cannot draw maps); --json works':
        'report : --out et --png nécessitent la version compilée avec QGIS (ce vigie-cli ne sait pas dessiner de cartes) ; --json fonctionne',
    'report: missing: %1': 'report : diapositive manquante : %1',
    'Deck "%1" of %2: %3 slides, %4 missing': 'Présentation « %1 » du territoire %2 : %3 diapositives, %4 manquantes',
})
FR.setdefault('vigie::WaterPanel', {}).update({
    'Node %1: head and pressure': 'Nœud %1 : charge et pression',
    'head (%1)': 'charge (%1)',
    'pressure (%1)': 'pression (%1)',
    'shown on the map': 'instant affiché sur la carte',
    'hours': 'heures',
    'Choose a SCADA folder first.': "Choisissez d'abord un dossier SCADA.",
    'Balance of %n metered area(s) over %1 days in %2 s.':
        ('Bilan de %n secteur de comptage sur %1 jours en %2 s.', 'Bilan de %n secteurs de comptage sur %1 jours en %2 s.'),
    'Balance failed: %1': 'Échec du bilan : %1',
    'UARL %1 m³/day, mean sensor pressure %2 m, %3 AMR meters':
        'UARL %1 m³/jour, pression moyenne aux capteurs %2 m, %3 compteurs télérelevés',
    'Daily balance: compute the balance': 'Bilan journalier : calculez le bilan',
    '%1: daily balance and minimum night flow': '%1 : bilan journalier et débit minimum de nuit',
    'inflow m³/d': 'volume mis en distribution m³/j',
    'consumption m³/d': 'consommation m³/j',
    'real losses m³/d': 'pertes réelles m³/j',
    'min. night flow m³/h': 'débit min. de nuit m³/h',
    'Isolation of "%1": %2': 'Isolement de « %1 » : %2',
    '<b>Burst on %1</b>: close %n valve(s). Segment emptied: %2 pipe(s). Out of service: %3 pipe(s), %4 junction(s), <b>%5 customer node(s)</b>, demand %6 %7.%8':
        ('<b>Casse sur %1</b> : fermer %n vanne. Tronçon vidé : %2 canalisation(s). Hors service : %3 canalisation(s), %4 jonction(s), <b>%5 nœud(s) de consommation</b>, demande %6 %7.%8',
         '<b>Casse sur %1</b> : fermer %n vannes. Tronçon vidé : %2 canalisation(s). Hors service : %3 canalisation(s), %4 jonction(s), <b>%5 nœud(s) de consommation</b>, demande %6 %7.%8'),
    ' <b>The segment holds a reservoir or tank: it cannot be fully isolated.</b>':
        " <b>Le tronçon contient un réservoir ou un château d'eau : il ne peut pas être entièrement isolé.</b>",
    'Isolation of %1: %n valve(s) to close, %2 customer node(s) cut off.':
        ("Isolement de %1 : %n vanne à fermer, %2 nœud(s) de consommation privé(s) d'eau.",
         "Isolement de %1 : %n vannes à fermer, %2 nœud(s) de consommation privé(s) d'eau."),
    'No water network on the map.': "Aucun réseau d'eau potable sur la carte.",
    'Click a pipe on the map to isolate it.': "Cliquez sur une canalisation de la carte pour l'isoler.",
    '%n leak(s) detected in %1 s.': ('%n fuite détectée en %1 s.', '%n fuites détectées en %1 s.'),
    'Leak detection failed: %1': 'Échec de la détection des fuites : %1',
    'before the data': 'avant le début des données',
    'Simulation cancelled; the previous results are kept.': 'Simulation annulée ; les résultats précédents sont conservés.',
    'Cancelled.': 'Annulé.',
    'cancelled': 'annulé',
    '&Water': '&Eau',
    '&Show the water panel': "&Afficher le panneau de l'eau potable",
    '&Run the simulation': '&Lancer la simulation',
    '&Isolate a pipe on the map': '&Isoler une canalisation sur la carte',
    'time %1 s: %2': 'instant %1 s : %2',
})
FR.setdefault('vigie::lighting', {}).update({
    'very high': 'très élevé',
    'low (vehicles)': 'faible (véhicules)',
    'walking': 'au pas',
    'very low': 'très faible',
    'busy': 'forte',
    'normal': 'normale',
    'quiet': 'faible',
    '  %1: %2 units, %3 luminaires (%4 to date), %5 EUR, saves %6 kWh/year (%7 EUR/year saved to date)':
        '  %1 : %2 unités, %3 luminaires (%4 en cumulé), %5 EUR, économie de %6 kWh/an (%7 EUR/an économisés en cumulé)',
    'optimisation cancelled': 'optimisation annulée',
    'lighting classes': "classes d'éclairage",
    "dimming of today's luminaires": 'gradation des luminaires actuels',
    'dimming of an all-LED inventory': "gradation d'un parc entièrement LED",
    'retrofit plan (GLPK)': 'plan de rénovation (GLPK)',
    'dimming after the plan': 'gradation après le plan',
})
FR.setdefault('vigie::DeckExport', {}).update({
    'Building the deck…': 'Préparation de la présentation…',
    'No territory layers to draw the maps with.': 'Aucune couche du territoire pour dessiner les cartes.',
    'Laying out %n slide(s)…': ('Mise en page de %n diapositive…', 'Mise en page de %n diapositives…'),
    'Writing page %1 of %2…': 'Écriture de la page %1 sur %2…',
    'Cannot create the folder %1': 'Impossible de créer le dossier %1',
    'Cancelled.': 'Annulé.',
    'The deck could not be written to %1': "La présentation n'a pas pu être écrite dans %1",
    'Done.': 'Terminé.',
})
FR.setdefault('vigie::SlideImageCache', {}).update({
    'There is no slide %1 (the deck has %2).': "Il n'y a pas de diapositive %1 (la présentation en compte %2).",
    'Nothing to draw the slides with.': 'Aucun moteur de rendu pour dessiner les diapositives.',
    'Slide %1 could not be drawn.': "La diapositive %1 n'a pas pu être dessinée.",
})
FR.setdefault('vigie::AgendaEditor', {}).update({
    'Folder for the PNG images of the deck': 'Dossier des images PNG de la présentation',
    'Save the changes to « %1 »?': 'Enregistrer les modifications de « %1 » ?',
})

# --- session 3 (fr-render)
FR.setdefault('vigie::review', {}).update({
    'Data as of %1': 'Données au %1',
    'Source: %1': 'Source : %1',
    'Appendix — %1': 'Annexe — %1',
    '(continued)': '(suite)',
    'Map not available: the territory layers are not loaded': 'Carte indisponible : les couches du territoire ne sont pas chargées',
    'bookmark “%1” not found: whole territory shown': 'signet « %1 » introuvable : tout le territoire est montré',
    '… %1 more rows in the appendix': '… %1 lignes de plus en annexe',
    'Not available': 'Non disponible',
    'No data': 'Pas de données',
    '%1 / %2': '%1 / %2',
    'Missing slide': 'Diapositive manquante',
})


FR.setdefault('vigie::WaterPanel', {}).update({
    'Low pressure: %n junction(s) below %1 %2 at %3': ('Basse pression : %n jonction sous %1 %2 à %3', 'Basse pression : %n jonctions sous %1 %2 à %3'),
})


# --- session 3 (review deck labels)
FR.setdefault('vigie::review', {}).update({
    'not a finite number': 'valeur non finie',
    'the « %1 » plugin is not installed': "l'extension « %1 » n'est pas installée",
    'Open alarms': 'Alarmes ouvertes',
    'Live feeds': 'Flux en temps réel',
    'Critical alarms': 'Alarmes critiques',
    'Warning alarms': "Alarmes d'avertissement",
    'Information alarms': "Alarmes d'information",
    'Sensors': 'Capteurs',
    'Sensors bound to an asset': 'Capteurs rattachés à un équipement',
    'Observations stored': 'Mesures enregistrées',
    'Last observation': 'Dernière mesure',
    'no live feed in this territory yet (no sensors, no observations)': "aucun flux en temps réel dans ce territoire pour l'instant (ni capteur ni mesure)",
    'the live feeds cannot be read: %1': 'les flux en temps réel sont illisibles : %1',
    'Newest open alarms': 'Dernières alarmes ouvertes',
    'critical': 'critique',
    'warning': 'avertissement',
    'information': 'information',
    'Open alarms are raised or acknowledged and not yet cleared, as vigie-cli alarms list prints them.': 'Les alarmes ouvertes sont les alarmes levées ou acquittées et pas encore effacées, comme les affiche vigie-cli alarms list.',
    'no observation received yet': "aucune mesure reçue pour l'instant",
    'Roadmap: progress against budget': 'Feuille de route : avancement et budget',
    'Projects done': 'Projets terminés',
    'Projects in progress': 'Projets en cours',
    'Projects late': 'Projets en retard',
    'Budget of the year committed': "Budget de l'année engagé",
    'the roadmap cannot be read: %1': 'la feuille de route est illisible : %1',
    'no roadmap in this territory': 'aucune feuille de route dans ce territoire',
    'Projects (not cancelled)': 'Projets (hors annulés)',
    'Capital spending per year against the cap (€)': 'Investissements par an face au plafond (€)',
    'Committed this year': 'Engagé cette année',
    'Planned this year': 'Prévu cette année',
    'Cap this year': "Plafond de l'année",
    'no budget cap set for %1': 'aucun plafond budgétaire fixé pour %1',
    'no spending and no cap in %1': 'ni dépense ni plafond en %1',
    'Late: %1': 'En retard : %1',
    'Participatory budget: projects funded': 'Budget participatif : projets retenus',
    'no participatory budget attached to this territory': 'aucun budget participatif rattaché à ce territoire',
    'Overview': "Vue d'ensemble",
    'the « %1 » plugin could not compute its slides: %2': "l'extension « %1 » n'a pas pu calculer ses diapositives : %2",
    'the « %1 » plugin gave no such figure': "l'extension « %1 » ne fournit pas ce chiffre",
    'the « %1 » plugin contributes no slides': "l'extension « %1 » ne fournit aucune diapositive",
    'the territory has no bookmark « %1 »': "le territoire n'a pas de signet « %1 »",
    'unknown slide « %1 »': 'diapositive inconnue « %1 »',
    'Council meeting': 'Conseil municipal',
    'Street lighting committee': 'Commission éclairage public',
    'Water committee': 'Commission eau',
    'Live feeds and alarms committee': 'Commission capteurs et alarmes',
    'Roadmap committee': 'Commission feuille de route',
    'Participatory budget committee': 'Commission budget participatif',
    'Committee: %1': 'Commission : %1',
    'kWh/yr': 'kWh/an',
    '€/yr': '€/an',
    't CO₂/yr': 't CO₂/an',
    'Street lighting: energy and money saved': 'Éclairage public : énergie et argent économisés',
    'no luminaire in this territory': 'aucun luminaire dans ce territoire',
    '%1 luminaires, plan of %2 years, adaptive dimming': '%1 luminaires, plan sur %2 ans, gradation adaptative',
    'Energy saving': "Économie d'énergie",
    'Energy before (full power all night)': 'Énergie avant (pleine puissance toute la nuit)',
    'Energy after the plan and dimming': 'Énergie après le plan et la gradation',
    'CO₂ avoided': 'CO₂ évité',
    'EN 13201 compliance (street × time band)': 'Conformité EN 13201 (rue × plage horaire)',
    'Defaults of vigie-cli lighting optimise: budget %1 €/yr over %2 years, tariff %3 / %4 €/kWh, %5 kg CO₂/kWh.': 'Valeurs par défaut de vigie-cli lighting optimise : budget de %1 €/an sur %2 ans, tarif %3 / %4 €/kWh, %5 kg CO₂/kWh.',
    'Street lighting: LED retrofit plan': 'Éclairage public : plan de passage aux LED',
    'Subsidies (CEE)': 'Aides (CEE)',
    'years': 'ans',
    'Retrofit per year: investment and yearly saving (€)': 'Rénovation par an : investissement et économie annuelle (€)',
    'Saving per year': 'Économie par an',
    'LED retrofit plan per year': 'Plan de passage aux LED par an',
    'Investment (€)': 'Investissement (€)',
    'Subsidies (€)': 'Aides (€)',
    ' saved': ' économisés',
    'Street lighting: before and after': 'Éclairage public : avant et après',
    'Before: lamp power today': 'Avant : puissance actuelle des lampes',
    'After: power with the plan and dimming': 'Après : puissance avec le plan et la gradation',
    'Before': 'Avant',
    'After': 'Après',
    'Street lighting: EN 13201 classes of the streets': 'Éclairage public : classes EN 13201 des rues',
    'Drinking water: the network': 'Eau potable : le réseau',
    'no water network can be read from this territory: %1': "aucun réseau d'eau lisible dans ce territoire : %1",
    'Length of pipes': 'Longueur de canalisations',
    'Tanks and reservoirs': "Châteaux d'eau et réservoirs",
    'Pumps and valves': 'Pompes et vannes',
    'Drinking water: losses and non-revenue water': 'Eau potable : pertes et eau non facturée',
    'the water balance needs the SCADA inflows and meter readings of a period; this territory stores none (run vigie-cli water balance on the SCADA files)': "le bilan hydraulique demande les débits SCADA et les relevés de compteurs d'une période ; ce territoire n'en contient pas (lancez vigie-cli water balance sur les fichiers SCADA)",
    'Infrastructure leakage index': 'Indice linéaire de pertes (ILI)',
})


# --- session 4 strings (PostGIS desktop/stores/offline, budget attach, water balance from the territory, review deck, feeds) ---
# French translations for /work/notes/missing-fr-9.txt (helper K=9).

FR.setdefault('vigie', {}).update({
    'credentials of the PostGIS connection: %1': 'identifiants de la connexion PostGIS : %1',
    'PostGIS service %1': 'service PostGIS %1',
    'PostGIS %1': 'PostGIS %1',
    'PostGIS %1 on %2': 'PostGIS %1 sur %2',
    'your database role': 'votre rôle de base de données',
    'the database role %1': 'le rôle de base de données %1',
    "PostgreSQL refused the change: %1 lacks the right to write table %2 (read-only access). Nothing was changed. Ask the territory's administrator for the operator or planner role.": "PostgreSQL a refusé la modification : %1 n'a pas le droit d'écrire dans la table %2 (accès en lecture seule). Rien n'a été modifié. Demandez à l'administrateur du territoire le rôle opérateur (operator) ou planificateur (planner).",
    'PostgreSQL refused the change: in table %1, %2 may only write rows of its own commune. Nothing was changed.': "PostgreSQL a refusé la modification : dans la table %1, %2 ne peut écrire que les lignes de sa propre commune. Rien n'a été modifié.",
    'fid %1: invalid geometry': 'fid %1 : géométrie non valide',
    'layer table %1 is missing': 'la table de couche %1 est absente',
    'table %1, fid %2: the feature is gone': "table %1, fid %2 : l'entité n'existe plus",
    'table %1, fid %2: %3': 'table %1, fid %2 : %3',
    'table %1, key %2: %3': 'table %1, clé %2 : %3',
    '%1 is not an offline checkout (no %2 table): create one with vigie-cli territory checkout': "%1 n'est pas une copie hors ligne (pas de table %2) : créez-en une avec vigie-cli territory checkout",
    '%1: the checkout names no source': "%1 : la copie hors ligne n'indique aucune source",
})

FR.setdefault('vigie::BudgetPanel', {}).update({
    'Attach to territory': 'Rattacher au territoire',
    "Store this vote and rule A's result in the open territory: the review deck and vigie-cli budget show then give it (overrides are not included)": 'Enregistrer ce vote et le résultat de la règle A dans le territoire ouvert : le diaporama et vigie-cli budget show le présentent ensuite (les dérogations ne sont pas incluses)',
    'Open a territory and a participatory-budget file first.': "Ouvrez d'abord un territoire et un fichier de budget participatif.",
    'Cannot attach %1 to the territory: %2': 'Impossible de rattacher %1 au territoire : %2',
    '%1 attached to the territory: the review deck shows its result.': '%1 rattaché au territoire : le diaporama en présente le résultat.',
})

FR.setdefault('vigie::Cli', {}).update({
    'missing subcommand: create, info, validate, copy, checkout, sync, roles, tenants or notify.': 'sous-commande manquante : create, info, validate, copy, checkout, sync, roles, tenants ou notify.',
    "Makes the communes tenants of a PostGIS territory: each commune's staff see and edit only its own assets.": "Fait des communes les locataires (tenants) d'un territoire PostGIS : le personnel de chaque commune ne voit et ne modifie que ses propres équipements.",
    "Every asset row gets the code of the commune its geometry lies in (now, and by a trigger for new or moved rows);\nrow-level security then lets role PREFIX_c<CODE> read and write the rows of its commune only, and PREFIX_departement all rows.\nGive staff a login role in their commune's role, e.g. CREATE ROLE marie LOGIN IN ROLE vigie_c29019. Run again after adding communes or layers.": "Chaque ligne d'équipement reçoit le code de la commune où se trouve sa géométrie (dès maintenant, puis par un déclencheur pour les lignes nouvelles ou déplacées) ;\nla sécurité au niveau des lignes (row-level security) permet ensuite au rôle PRÉFIXE_c<CODE> de lire et d'écrire uniquement les lignes de sa commune, et à PRÉFIXE_departement toutes les lignes.\nDonnez à chaque agent un rôle de connexion membre du rôle de sa commune, par ex. CREATE ROLE marie LOGIN IN ROLE vigie_c29019. Relancez la commande après l'ajout de communes ou de couches.",
    'Layer holding the communes (default: territory:communes).': 'Couche contenant les communes (par défaut : territory:communes).',
    'LAYER': 'COUCHE',
    'Field of the commune code (default: insee_code).': 'Champ du code de la commune (par défaut : insee_code).',
    'FIELD': 'CHAMP',
    "Installs the change notifications of a PostGIS territory, so that every desktop sees the others' edits.": "Installe les notifications de modification d'un territoire PostGIS, afin que chaque poste voie les modifications faites sur les autres.",
    "Puts a trigger on the layer, alarm and roadmap tables that sends NOTIFY vigie_changes; the desktops listen and reload what changed.\nNeeds the tables' owner; the desktop installs them itself when it may. Run again after a module adds tables.": "Place sur les tables des couches, des alarmes et de la feuille de route un déclencheur qui envoie NOTIFY vigie_changes ; les postes l'écoutent et rechargent ce qui a changé.\nNécessite le propriétaire des tables ; l'application de bureau les installe elle-même lorsqu'elle en a le droit. Relancez la commande après l'ajout de tables par un module.",
    'SOURCE OUT.gpkg': 'SOURCE SORTIE.gpkg',
    'Copies part of a territory into a GeoPackage to work offline; territory sync merges it back.': "Copie une partie d'un territoire dans un GeoPackage pour travailler hors ligne ; territory sync la réintègre ensuite.",
    'The asset layers are filtered by --extent or --commune; the roadmap, budget, agenda and bookmark tables go whole (observations stay on the server).\nThe GeoPackage records its source (never a password), the checkout time and the value of every copied row, for the three-way merge of territory sync.': "Les couches d'équipements sont filtrées par --extent ou --commune ; les tables de feuille de route, de budget, d'ordres du jour et de signets sont copiées entières (les observations restent sur le serveur).\nLe GeoPackage enregistre sa source (jamais de mot de passe), l'heure de l'extraction et la valeur de chaque ligne copiée, pour la fusion à trois voies de territory sync.",
    "Only the features meeting this box, in the territory's CRS.": 'Uniquement les entités qui touchent ce rectangle, dans le SCR du territoire.',
    'Only the features meeting this commune (code of territory:communes).': 'Uniquement les entités qui touchent cette commune (code de territory:communes).',
    'CODE': 'CODE',
    'Merges an offline checkout back into its source; every edit arrives or is reported as a conflict.': 'Réintègre une copie hors ligne dans sa source ; chaque modification est appliquée ou signalée comme conflit.',
    'Three-way merge per field against the values at checkout: a local change is written to the server, a server change is kept and copied offline, the same field changed on both sides (or a row deleted on one side and edited on the other) is a conflict, reported with both values and not applied; the roadmap follows its own merge rules.\nOne server transaction: all or nothing. Syncing again applies nothing new. Exit code 1 when conflicts remain.': "Fusion à trois voies, champ par champ, par rapport aux valeurs au moment de l'extraction : une modification locale est écrite sur le serveur, une modification du serveur est conservée et copiée hors ligne, un même champ modifié des deux côtés (ou une ligne supprimée d'un côté et modifiée de l'autre) est un conflit, signalé avec les deux valeurs et non appliqué ; la feuille de route suit ses propres règles de fusion.\nUne seule transaction sur le serveur : tout ou rien. Une nouvelle synchronisation n'applique rien de plus. Code de sortie 1 s'il reste des conflits.",
    'Show what would be done; change nothing.': 'Affiche ce qui serait fait ; ne modifie rien.',
    'Synchronise with this territory instead of the recorded one (e.g. with credentials).': 'Synchronise avec ce territoire au lieu de celui enregistré (par ex. avec des identifiants).',
    'tenants are enforced by PostgreSQL row-level security: give a PostGIS territory (PG:CONNINFO), not %1.': 'le cloisonnement par commune (tenants) repose sur la sécurité au niveau des lignes de PostgreSQL : indiquez un territoire PostGIS (PG:CONNINFO), et non %1.',
    'Cannot set up the tenants: %1': 'Impossible de mettre en place les locataires : %1',
    '%1 communes are tenants (roles %2, e.g. %3); %4 sees every row.': '%1 communes sont locataires (rôles %2, par ex. %3) ; %4 voit toutes les lignes.',
    '%1: %2 rows in a commune, %3 outside every commune (département only)': '%1 : %2 lignes dans une commune, %3 hors de toute commune (département uniquement)',
    'Done in %1 s.': 'Terminé en %1 s.',
    'change notifications are a PostgreSQL feature: give a PostGIS territory (PG:CONNINFO), not %1.': 'les notifications de modification sont une fonctionnalité de PostgreSQL : indiquez un territoire PostGIS (PG:CONNINFO), et non %1.',
    'Changes of %n table(s) are notified on channel %1: %2':
        ('Les modifications de %n table sont notifiées sur le canal %1 : %2', 'Les modifications de %n tables sont notifiées sur le canal %1 : %2'),
    'give --extent or --commune, not both.': 'indiquez --extent ou --commune, pas les deux.',
    "--extent: '%1' is not XMIN,YMIN,XMAX,YMAX with XMIN < XMAX and YMIN < YMAX.": "--extent : « %1 » n'est pas de la forme XMIN,YMIN,XMAX,YMAX avec XMIN < XMAX et YMIN < YMAX.",
    '%1 already exists: a checkout never overwrites a file; choose another name or remove it first.': "%1 existe déjà : une extraction n'écrase jamais un fichier ; choisissez un autre nom ou supprimez-le d'abord.",
    'Cannot check out the territory: %1': "Impossible d'extraire le territoire : %1",
    'Checked out %1 to %2: %3 features (%4 left out by the filter), %5 rows of roadmap, budget and agenda tables.': "%1 extrait vers %2 : %3 entités (%4 écartées par le filtre), %5 lignes des tables de feuille de route, de budget et d'ordres du jour.",
    'Cannot synchronise: %1': 'Impossible de synchroniser : %1',
    'Dry run, nothing written. With %1: %2 rows would be updated, %3 inserted, %4 deleted on the server, %5 refreshed offline.': "Simulation, rien n'a été écrit. Avec %1 : %2 lignes seraient mises à jour, %3 insérées, %4 supprimées sur le serveur, %5 actualisées hors ligne.",
    'Synchronised with %1: %2 rows updated, %3 inserted, %4 deleted on the server, %5 refreshed offline.': 'Synchronisé avec %1 : %2 lignes mises à jour, %3 insérées, %4 supprimées sur le serveur, %5 actualisées hors ligne.',
    '  new row of %1: offline id %2 is %3 on the server': "  nouvelle ligne de %1 : l'identifiant hors ligne %2 devient %3 sur le serveur",
    '%n conflict(s), not applied (kept offline; use --json for the full report):':
        ('%n conflit, non appliqué (conservé hors ligne ; utilisez --json pour le rapport complet) :', '%n conflits, non appliqués (conservés hors ligne ; utilisez --json pour le rapport complet) :'),
})

FR.setdefault('vigie::MainWindow', {}).update({
    'Open &PostGIS territory…': 'Ouvrir un territoire &PostGIS…',
    'Open a territory shared in a PostgreSQL/PostGIS database': 'Ouvrir un territoire partagé dans une base de données PostgreSQL/PostGIS',
    'Edits made on other desktops will not appear by themselves: %1': "Les modifications faites sur d'autres postes n'apparaîtront pas d'elles-mêmes : %1",
})

FR.setdefault('vigie::PgConnectDialog', {}).update({
    'Open a PostGIS territory': 'Ouvrir un territoire PostGIS',
    'db.example.org (empty: local socket)': 'db.example.org (vide : socket local)',
    'from the authentication configuration': "depuis la configuration d'authentification",
    'a pg_service.conf entry (instead of host and database)': "une entrée de pg_service.conf (au lieu de l'hôte et de la base de données)",
    'prefer (libpq default)': 'prefer (valeur par défaut de libpq)',
    'disable': 'disable',
    'require (encrypted)': 'require (chiffré)',
    'verify-ca': 'verify-ca',
    'verify-full (encrypted, server checked)': 'verify-full (chiffré, serveur vérifié)',
    '&Host:': '&Hôte :',
    '&Port:': '&Port :',
    '&Database:': '&Base de données :',
    '&User:': '&Utilisateur :',
    '&Service:': '&Service :',
    'SS&L mode:': 'Mode SS&L :',
    'Credentials:': 'Identifiants :',
    'The password is kept in the encrypted QGIS authentication database (or in ~/.pgpass), never with the territory.': "Le mot de passe est conservé dans la base d'authentification chiffrée de QGIS (ou dans ~/.pgpass), jamais avec le territoire.",
})

FR.setdefault('vigie::ReviewMode', {}).update({
    'Export the deck as &PDF…': 'Exporter le diaporama en &PDF…',
    'Write the review deck as a PDF handout (the deck on screen when presenting)': 'Enregistrer le diaporama sous forme de document PDF à distribuer (le diaporama affiché pendant la présentation)',
    'Export the deck as P&NG images…': 'Exporter le diaporama en images P&NG…',
    'Write one PNG image per page of the review deck into a folder': 'Enregistrer une image PNG par page du diaporama dans un dossier',
    'Exporting the deck…': 'Exportation du diaporama…',
    'Export as PDF': 'Exporter en PDF',
    'Export as PNG': 'Exporter en PNG',
})

FR.setdefault('vigie::TerritoryCheckout', {}).update({
    '%1: a checkout is a GeoPackage file, not a PostGIS database': '%1 : une copie hors ligne est un fichier GeoPackage, pas une base PostGIS',
    '%1 already exists: a checkout never overwrites a file': "%1 existe déjà : une extraction n'écrase jamais un fichier",
    'extent %1,%2,%3,%4: xmin must be below xmax and ymin below ymax': 'emprise %1,%2,%3,%4 : xmin doit être inférieur à xmax et ymin inférieur à ymax',
    'give an extent or a commune, not both': 'indiquez une emprise ou une commune, pas les deux',
    '%1: no commune with code %2 in territory:communes': '%1 : aucune commune de code %2 dans territory:communes',
    '%1: cannot start a transaction': '%1 : impossible de démarrer une transaction',
    '%1: cannot leave out fid %2 of %3': "%1 : impossible d'écarter le fid %2 de %3",
    '%1: cannot commit the filtered layers': '%1 : impossible de valider les couches filtrées',
    'table %1: %2': 'table %1 : %2',
    'checked out %1 to %2: %3 features kept, %4 left out, %5 rows': '%1 extrait vers %2 : %3 entités conservées, %4 écartées, %5 lignes',
    'the source of the checkout, %1, is gone (moved or deleted); nothing was changed': "la source de la copie hors ligne, %1, n'existe plus (déplacée ou supprimée) ; rien n'a été modifié",
    'cannot open the source of the checkout, %1: %2; nothing was changed': "impossible d'ouvrir la source de la copie hors ligne, %1 : %2 ; rien n'a été modifié",
    '%1: %2; nothing was changed': "%1 : %2 ; rien n'a été modifié",
    'component %1 is at schema %2 in the checkout but %3 on %4: synchronise with a server at the same schema (check out again after a migration); nothing was changed': "le composant %1 est au schéma %2 dans la copie hors ligne mais au schéma %3 sur %4 : synchronisez avec un serveur au même schéma (refaites une extraction après une migration) ; rien n'a été modifié",
    "component %1 is at schema %2 in the checkout and on the server, but this build's plugin is at %3; nothing was changed": "le composant %1 est au schéma %2 dans la copie hors ligne et sur le serveur, mais l'extension de cette version du logiciel est au schéma %3 ; rien n'a été modifié",
    '%1 has no layer table %2; nothing was changed': "%1 n'a pas de table de couche %2 ; rien n'a été modifié",
    '%1, layer %2: %3': '%1, couche %2 : %3',
    '%1 has no table %2; nothing was changed': "%1 n'a pas de table %2 ; rien n'a été modifié",
    'table %1, key %2: %3; nothing was changed': "table %1, clé %2 : %3 ; rien n'a été modifié",
    '%1; nothing was changed': "%1 ; rien n'a été modifié",
    '%1: cannot start a transaction; nothing was changed': "%1 : impossible de démarrer une transaction ; rien n'a été modifié",
    '%1: cannot commit; nothing was changed': "%1 : impossible de valider ; rien n'a été modifié",
    '%1 was updated, but the checkout %2 could not be: %3; check out again': "%1 a été mis à jour, mais la copie hors ligne %2 n'a pas pu l'être : %3 ; refaites une extraction",
    'cannot start a transaction': 'impossible de démarrer une transaction',
    'cannot commit': 'impossible de valider',
    'synchronised %1 with %2: %3 updated, %4 inserted, %5 deleted, %6 refreshed, %7 conflicts': '%1 synchronisé avec %2 : %3 mises à jour, %4 insertions, %5 suppressions, %6 actualisations, %7 conflits',
})

FR.setdefault('vigie::TerritoryWatcher', {}).update({
    'Change notifications installed on %n table(s)':
        ('Notifications de modification installées sur %n table', 'Notifications de modification installées sur %n tables'),
    "%1: edits made on other desktops appear only after reopening: the change notifications are not installed and this role may not install them (run vigie-cli territory notify as the tables' owner). %2":
        "%1 : les modifications faites sur d'autres postes n'apparaissent qu'après réouverture : les notifications de modification ne sont pas installées et ce rôle n'a pas le droit de les installer (lancez vigie-cli territory notify en tant que propriétaire des tables). %2",
})

FR.setdefault('vigie::budget', {}).update({
    'Usage: vigie-cli budget COMMAND FILE.pb [options]\nParticipatory budget: count a Pabulib .pb vote with a chosen rule.\n\nCommands:\n  allocate FILE.pb --rule R [--completion C] [--json]   projects funded by rule R\n  explain FILE.pb --rule R [--completion C] [--json]    why each project was funded or not\n  compare FILE.pb --rules A,B [--completion C] [--json] projects funded by one rule and not the other\n  import --projects P.csv --votes V.csv --budget AMOUNT --out FILE.pb [--paper PAPER.csv]\n         [--key-env VAR] [--personal-fields]\n         converts a Decidim/CONSUL-style CSV export into a .pb file; voter ids are replaced by\n         keyed hashes (HMAC-SHA256) with the key read from the environment variable VAR\n         (default VIGIE_BUDGET_KEY), which is never stored; without a key nothing is imported.\n         PAPER.csv holds paper counts per project (project id, votes) or anonymous paper\n         ballots (one list of projects per row); counts only feed the greedy rules, MES and\n         Phragmen need individual ballots. --personal-fields also writes age, sex, neighbourhood.\n  attach TERRITORY FILE.pb [--rule R] [--completion C]\n         stores the vote (the file byte for byte), its rule (default mes-cost) and its result in\n         the territory, replacing the election attached before; the review deck shows it\n  show TERRITORY [--json]   the attached election counted again with its rule: the keys of\n         allocate --json, then name, completion, full_rule, projects, voters, currency, date_end,\n         attached, sha256\n\nRules: %1\n  ("city" is the rule written in the file\'s META: greedy, greedy-threshold or greedy-no-skip)\nCompletions (mes-* rules only): none, greedy (greedy with the same satisfaction on what MES leaves),\n  add1-greedy (raise every voter\'s budget by one unit until the budget is exhausted, then greedy)\nOptions:\n  --audit FILE      allocate: apply the administrator overrides of FILE (FILE.pb.audit.json, written by the app)\n  --json            print JSON\n  -h, --help        show this help\n\nExit codes: 0 done, 1 failure, 2 usage error, 3 the file cannot be read.\n':
        "Utilisation : vigie-cli budget COMMANDE FICHIER.pb [options]\nBudget participatif : dépouille un vote Pabulib .pb selon la règle choisie.\n\nCommandes :\n  allocate FICHIER.pb --rule R [--completion C] [--json]   projets financés par la règle R\n  explain FICHIER.pb --rule R [--completion C] [--json]    pourquoi chaque projet a été financé ou non\n  compare FICHIER.pb --rules A,B [--completion C] [--json] projets financés par une règle et pas par l'autre\n  import --projects P.csv --votes V.csv --budget MONTANT --out FICHIER.pb [--paper PAPIER.csv]\n         [--key-env VAR] [--personal-fields]\n         convertit un export CSV de type Decidim/CONSUL en fichier .pb ; les identifiants des votants sont\n         remplacés par des empreintes à clé (HMAC-SHA256), la clé étant lue dans la variable d'environnement VAR\n         (par défaut VIGIE_BUDGET_KEY) et jamais enregistrée ; sans clé, rien n'est importé.\n         PAPIER.csv contient les décomptes papier par projet (identifiant du projet, voix) ou des bulletins\n         papier anonymes (une liste de projets par ligne) ; les décomptes ne servent qu'aux règles gloutonnes,\n         MES et Phragmén ont besoin de bulletins individuels. --personal-fields écrit aussi l'âge, le sexe et le quartier.\n  attach TERRITOIRE FICHIER.pb [--rule R] [--completion C]\n         enregistre dans le territoire le vote (le fichier octet pour octet), sa règle (mes-cost par défaut)\n         et son résultat, en remplaçant le scrutin rattaché auparavant ; le diaporama l'affiche\n  show TERRITOIRE [--json]  le scrutin rattaché, dépouillé à nouveau selon sa règle : les clés de\n         allocate --json, puis name, completion, full_rule, projects, voters, currency, date_end,\n         attached, sha256\n\nRègles : %1\n  (« city » est la règle inscrite dans la section META du fichier : greedy, greedy-threshold ou greedy-no-skip)\nCompléments (règles mes-* uniquement) : none, greedy (glouton avec la même satisfaction sur ce que MES laisse),\n  add1-greedy (augmente d'une unité le budget de chaque votant jusqu'à épuisement du budget, puis glouton)\nOptions :\n  --audit FICHIER   allocate : applique les dérogations de l'administrateur de FICHIER (FICHIER.pb.audit.json, écrit par l'application)\n  --json            sortie JSON\n  -h, --help        affiche cette aide\n\nCodes de sortie : 0 terminé, 1 échec, 2 erreur d'utilisation, 3 fichier illisible.\n",
    'vigie-cli budget %1: %2':
        'vigie-cli budget %1 : %2',
    'attach needs TERRITORY and FILE.pb':
        'attach attend TERRITOIRE et FICHIER.pb',
    'show needs TERRITORY':
        'show attend TERRITOIRE',
    '%1: attached %2 (%3): %4 of %5 projects funded, %6 of %7':
        '%1 : vote %2 rattaché (%3) : %4 projets financés sur %5, %6 sur %7',
    '%1, attached %2 UTC':
        '%1, rattaché le %2 UTC',
    '%1: %2 of %3 projects funded, %4 of %5, %6 voters':
        '%1 : %2 projets financés sur %3, %4 sur %5, %6 votants',
    '%1: the participatory budget was written by a newer Vigie (component %2 schema %3, this version supports %4)':
        '%1 : le budget participatif a été écrit par une version plus récente de Vigie (composant %2, schéma %3 ; cette version gère %4)',
    '%1: migration of %2 to schema %3 failed: %4':
        '%1 : échec de la migration de %2 vers le schéma %3 : %4',
    '%1: the election cannot be attached: %2':
        '%1 : impossible de rattacher le scrutin : %2',
    '%1: the attached election %2 is damaged (its SHA-256 does not match)':
        '%1 : le scrutin rattaché %2 est endommagé (son empreinte SHA-256 ne correspond pas)',
    '%1: no participatory budget attached (vigie-cli budget attach)':
        '%1 : aucun budget participatif rattaché (vigie-cli budget attach)',
    '%1: the attached election cannot be counted: %2':
        '%1 : impossible de dépouiller le scrutin rattaché : %2',
})

FR.setdefault('vigie::feeds', {}).update({
    'change notifications need a PostGIS territory':
        'les notifications de modification nécessitent un territoire PostGIS',
    'no change notifications on %1 (alarms changed elsewhere are polled every %2 s): %3':
        'pas de notifications de modification sur %1 (les alarmes modifiées ailleurs sont relues toutes les %2 s) : %3',
    'the database connection is lost and cannot be restored yet: %1':
        'la connexion à la base de données est perdue et ne peut pas encore être rétablie : %1',
    '%1: connected again':
        '%1 : connexion rétablie',
    '%1: corrupt gzip data':
        '%1 : données gzip corrompues',
    '%1:1: the header must be "Timestamp,JUNCTION,..."':
        '%1:1 : l\'en-tête doit être "Timestamp,JUNCTION,..."',
    '%1:1: column %2 has no junction id':
        "%1:1 : la colonne %2 n'a pas d'identifiant de jonction",
    '%1:%2: "%3" is not 5 minutes after the previous row':
        '%1:%2 : « %3 » ne suit pas la ligne précédente de 5 minutes',
    '%1:%2: the first row must be a Monday 00:00 ("%3")':
        '%1:%2 : la première ligne doit être un lundi à 00:00 (« %3 »)',
    'Low pressure (below 28 m)':
        'Pression basse (moins de 28 m)',
    'High pressure (above 57 m)':
        'Pression haute (plus de 57 m)',
    'Low tank level (below 2.5 m)':
        "Niveau bas du château d'eau (moins de 2,5 m)",
    'Pressure sensor silent for 30 minutes':
        'Capteur de pression muet depuis 30 minutes',
    'replay feed: %1 sensors (%2 bound to assets): %3 SCADA, %4 customer meters, %5 lamp controllers, %6 bins':
        "flux de rejeu : %1 capteurs (%2 associés à des équipements) : %3 SCADA, %4 compteurs d'abonnés, %5 contrôleurs de luminaires, %6 conteneurs",
})

FR.setdefault('vigie::feeds::IngestService', {}).update({
    '%1 observations stored after %2 failed attempts':
        '%1 observations enregistrées après %2 tentatives infructueuses',
    'cannot store %1 observations, retrying in %2 ms: %3':
        "impossible d'enregistrer %1 observations, nouvel essai dans %2 ms : %3",
})

FR.setdefault('vigie::hydraulics', {}).update({
    'water balance: the period is empty (%1 to %2)':
        'water balance : la période est vide (du %1 au %2)',
    '%1: no observations stored in this territory':
        '%1 : aucune mesure enregistrée dans ce territoire',
    '%1: no flow meter observations bound to the water network':
        "%1 : aucune mesure de débitmètre associée au réseau d'eau",
    '%1: no flow meter observation from %2 to %3':
        '%1 : aucune mesure de débitmètre du %2 au %3',
    '%1 (stored observations)':
        '%1 (mesures enregistrées)',
    '%1: fewer than 3 time steps with every water sensor from %2 to %3':
        "%1 : moins de 3 pas de temps avec une mesure de chaque capteur d'eau du %2 au %3",
    'water balance: unexpected argument "%1" (with --territory: --from DATE, --to DATE, --json FILE)':
        'water balance : argument inattendu « %1 » (avec --territory : --from DATE, --to DATE, --json FICHIER)',
    'water balance: "%1" is not a date (YYYY-MM-DD)':
        "water balance : « %1 » n'est pas une date (AAAA-MM-JJ)",
    '%1: stored observations from %2 to %3 UTC (%4 time steps, %5 sensors)':
        '%1 : mesures enregistrées du %2 au %3 UTC (%4 pas de temps, %5 capteurs)',
    '%1: inflow %2 m3/day, night flow %3 m3/h, real losses %4 m3/day, NRW %5 %, ILI %6':
        '%1 : volume mis en distribution %2 m3/jour, débit de nuit %3 m3/h, pertes réelles %4 m3/jour, eau non facturée (NRW) %5 %, ILI %6',
    '%1: inflow %2 m3/day, night flow %3 m3/h; losses, NRW and ILI need customer meter readings':
        "%1 : volume mis en distribution %2 m3/jour, débit de nuit %3 m3/h ; les pertes, l'eau non facturée (NRW) et l'ILI nécessitent les relevés des compteurs d'abonnés",
    'No customer meter readings (AMR) among the stored observations: the authorised consumption is unknown, so losses, non-revenue water and ILI are not computed.':
        "Aucun relevé de compteur d'abonné (AMR) parmi les mesures enregistrées : la consommation autorisée est inconnue, les pertes, l'eau non facturée et l'ILI ne sont donc pas calculés.",
    "Areas with customer meter readings (%1): inflow %2 m3/day, real losses %3 m3/day, NRW %4 %, ILI %5; the other areas have none, so the whole network's losses are not computed.":
        "Secteurs disposant de relevés de compteurs d'abonnés (%1) : volume mis en distribution %2 m3/jour, pertes réelles %3 m3/jour, eau non facturée (NRW) %4 %, ILI %5 ; les autres secteurs n'en ont pas, les pertes de l'ensemble du réseau ne sont donc pas calculées.",
    '--localiser needs least-squares or cosine, not "%1"':
        '--localiser attend least-squares ou cosine, pas « %1 »',
    '       vigie-cli water detect --network NET.inp --scada DIR [--train DIR [--train-leaks leaks.csv]]\n                              --out leaks.csv [--json report.json] [--window 0-24] [--threshold 6] [--min-leak 1.5]\n                              [--localiser least-squares|cosine] [--report-delay DAYS] [--defer-days DAYS]\n       vigie-cli water score --leaks detected.csv --truth truth.csv --network NET.inp [--leakages Leakages.csv]\n                             [--year YYYY | --from TIME --to TIME] [--json score.json]\n       vigie-cli water balance --network NET.inp --scada DIR [--train DIR [--train-leaks leaks.csv]]\n                               [--connections N] [--json balance.json]\n       vigie-cli water isolate NET.inp|TERRITORY --pipe ID [--valves-on-pipes] [--json FILE] [--out FILE.geojson]\n       vigie-cli water import TERRITORY NET.inp [--network-name NAME] [--crs EPSG:x]\n                              [--transform DX,DY[,SCALE[,ROTATION]]] [--replace] [--benchmark]\n       vigie-cli water export TERRITORY --out NET.inp [--network-name NAME]\n':
        '       vigie-cli water detect --network NET.inp --scada DOSSIER [--train DOSSIER [--train-leaks leaks.csv]]\n                              --out leaks.csv [--json report.json] [--window 0-24] [--threshold 6] [--min-leak 1.5]\n                              [--localiser least-squares|cosine] [--report-delay JOURS] [--defer-days JOURS]\n       vigie-cli water score --leaks detected.csv --truth truth.csv --network NET.inp [--leakages Leakages.csv]\n                             [--year AAAA | --from DATE --to DATE] [--json score.json]\n       vigie-cli water balance --network NET.inp --scada DOSSIER [--train DOSSIER [--train-leaks leaks.csv]]\n                               [--connections N] [--json balance.json]\n       vigie-cli water isolate NET.inp|TERRITOIRE --pipe ID [--valves-on-pipes] [--json FICHIER] [--out FICHIER.geojson]\n       vigie-cli water import TERRITOIRE NET.inp [--network-name NOM] [--crs EPSG:x]\n                              [--transform DX,DY[,ÉCHELLE[,ROTATION]]] [--replace] [--benchmark]\n       vigie-cli water export TERRITOIRE --out NET.inp [--network-name NOM]\n',
})

FR.setdefault('vigie::review', {}).update({
    'no page left to write to %1':
        'plus aucune page à écrire dans %1',
    'the export to %1 ended before its last page':
        "l'export vers %1 s'est arrêté avant sa dernière page",
    'cannot write %1':
        "impossible d'écrire %1",
    'the territory file %1 cannot be found':
        'le fichier de territoire %1 est introuvable',
    'unknown map style “%1”':
        'style de carte « %1 » inconnu',
    'Mean power over the night':
        'Puissance moyenne sur la nuit',
    'EN 13201 class of the lit streets':
        'Classe EN 13201 des voies éclairées',
    'Pipe diameter':
        'Diamètre des canalisations',
    'the map has no water:pipes layer to style':
        "la carte n'a pas de couche water:pipes à symboliser",
    'Water network':
        "Réseau d'eau potable",
    'the participatory budget cannot be read: %1':
        'le budget participatif est illisible : %1',
    'the participatory budget cannot be counted: %1':
        'impossible de dépouiller le budget participatif : %1',
    '%1 of %2':
        '%1 sur %2',
    'Projects submitted to the vote':
        'Projets soumis au vote',
    'Budget spent':
        'Budget utilisé',
    'Budget available':
        'Budget disponible',
    'Voters':
        'Votants',
    'Projects funded':
        'Projets financés',
    'Vote %1 counted with the rule %2 (attached %3).':
        'Vote %1 dépouillé selon la règle %2 (rattaché le %3).',
    'Water put into the network':
        'Volume mis en distribution',
    'Minimum night flow':
        'Débit minimum de nuit',
    'm³/day':
        'm³/jour',
    'the territory stores no flow meter readings of its water network yet: %1':
        "le territoire ne contient encore aucun relevé de débitmètre de son réseau d'eau : %1",
    'the water balance cannot be computed: %1':
        'impossible de calculer le bilan hydraulique : %1',
    '%1 to %2':
        'du %1 au %2',
    'Stored observations, %1':
        'Mesures enregistrées, %1',
    '%1, area %2':
        '%1, secteur %2',
    '%1, areas %2':
        '%1, secteurs %2',
    "Losses, non-revenue water and ILI of the metered area(s) %1, which have customer meter readings (AMR); %2 have none, so their authorised consumption and the whole network's losses are unknown.":
        "Pertes, eau non facturée et ILI du ou des secteurs de comptage %1, qui disposent de relevés de compteurs d'abonnés (AMR) ; %2 n'en ont pas, leur consommation autorisée et les pertes de l'ensemble du réseau sont donc inconnues.",
    'no customer meter readings (AMR) among the stored observations: the authorised consumption is unknown, so losses and non-revenue water cannot be computed':
        "aucun relevé de compteur d'abonné (AMR) parmi les mesures enregistrées : la consommation autorisée est inconnue, les pertes et l'eau non facturée ne peuvent donc pas être calculées",
    'Water put into each metered area per day (m³)':
        'Volume mis en distribution par jour dans chaque secteur de comptage (m³)',
})

FR.setdefault('vigie::roadmap', {}).update({
    'roadmap at checkout':
        "feuille de route au moment de l'extraction",
    'offline roadmap':
        'feuille de route hors ligne',
    'server roadmap':
        'feuille de route du serveur',
})

FR.setdefault('vigie::store', {}).update({
    '%1 (database role %2)':
        '%1 (rôle de base de données %2)',
    '%1 (database role %2, member of %3)':
        '%1 (rôle de base de données %2, membre de %3)',
    'COPY is a PostgreSQL statement':
        'COPY est une instruction PostgreSQL',
    '%1: change notifications need a PostGIS territory (PG:...)':
        '%1 : les notifications de modification nécessitent un territoire PostGIS (PG:...)',
    '%1: listening to changes again':
        '%1 : écoute des modifications rétablie',
    '%1: cannot listen to changes: %2':
        "%1 : impossible d'écouter les modifications : %2",
    '%1: the change notifications stopped (%2); reconnecting':
        '%1 : les notifications de modification se sont arrêtées (%2) ; reconnexion',
    '%1: cannot install the change notifications: %2':
        "%1 : impossible d'installer les notifications de modification : %2",
    '%1: tenants are enforced by PostgreSQL row-level security: they need a PostGIS territory (PG:...)':
        '%1 : le cloisonnement entre communes (tenants) repose sur la sécurité au niveau des lignes (RLS) de PostgreSQL : il nécessite un territoire PostGIS (PG:...)',
    '%1: no layer %2 with a geometry to take the communes from':
        "%1 : pas de couche %2 dotée d'une géométrie dont tirer les communes",
    "%1: layer %2 has no field '%3' (fields: %4)":
        "%1 : la couche %2 n'a pas de champ « %3 » (champs : %4)",
    '%1: no asset layer to share between communes':
        "%1 : aucune couche d'équipements à partager entre les communes",
    '%1: cannot set up the tenants (%2): %3':
        '%1 : impossible de mettre en place le cloisonnement entre communes (%2) : %3',
})


# French translations for /work/notes/missing-fr-11.txt (helper K=11).

FR.setdefault('vigie', {}).update({
    'cannot rename %1 to %2':
        'impossible de renommer %1 en %2',
    'stopped by the test hook':
        'arrêté par le crochet de test',
})

FR.setdefault('vigie::CheckoutDialog', {}).update({
    'Take an Offline Copy':
        'Faire une copie hors ligne',
    'Copy part of <b>%1</b> into a GeoPackage to edit it without the server. Territory ▸ Synchronise with the server… sends the edits back later; edits made on both sides to the same field are reported as conflicts, never lost.':
        "Copiez une partie de <b>%1</b> dans un GeoPackage pour la modifier sans le serveur. Territoire ▸ Synchroniser avec le serveur… renvoie ensuite les modifications ; les modifications d'un même champ faites des deux côtés sont signalées comme conflits, jamais perdues.",
    'Part of the territory':
        'Partie du territoire',
    'Commune:':
        'Commune :',
    'Name or INSEE code':
        'Nom ou code INSEE',
    'Current map extent:':
        'Emprise actuelle de la carte :',
    'no map extent':
        'aucune emprise de carte',
    'The whole territory':
        'Tout le territoire',
    'Offline copy:':
        'Copie hors ligne :',
    'GeoPackage file to create':
        'Fichier GeoPackage à créer',
    'Take the Copy':
        'Faire la copie',
    'Open the Copy':
        'Ouvrir la copie',
    'The territory has no communes layer':
        "Le territoire n'a pas de couche des communes",
    'There is no map extent to copy: choose a commune or the whole territory':
        "Il n'y a pas d'emprise de carte à copier : choisissez une commune ou tout le territoire",
    'Type the name or the INSEE code of the commune to copy':
        'Saisissez le nom ou le code INSEE de la commune à copier',
    '%1 communes are named %2 (codes %3): pick one in the list':
        "%1 communes s'appellent %2 (codes %3) : choisissez-en une dans la liste",
    'No commune named or coded "%1" in the territory\'s communes layer':
        'Aucune commune de nom ou de code « %1 » dans la couche des communes du territoire',
    '%p% — %1':
        '%p % — %1',
    'Taking the offline copy into %1… Cancel stops it and removes the partial copy.':
        "Copie hors ligne en cours dans %1… Annuler l'interrompt et supprime la copie partielle.",
    'offline copy.gpkg':
        'copie hors ligne.gpkg',
    'Offline Copy':
        'Copie hors ligne',
    'GeoPackage (*.gpkg)':
        'GeoPackage (*.gpkg)',
    'Close':
        'Fermer',
    'Offline copy ready in %1: %2 features kept (%3 left out), %4 rows of the roadmap, budget and agenda tables.':
        "Copie hors ligne prête dans %1 : %2 entités conservées (%3 écartées), %4 lignes des tables de feuille de route, de budget et d'ordres du jour.",
    'Cannot take the offline copy: %1':
        'Impossible de faire la copie hors ligne : %1',
    '%1 offline.gpkg':
        '%1 hors ligne.gpkg',
    'territory':
        'territoire',
})

FR.setdefault('vigie::CheckoutJob', {}).update({
    'An offline copy is already being taken':
        'Une copie hors ligne est déjà en cours',
    'Choose the file of the offline copy':
        'Choisissez le fichier de la copie hors ligne',
    '%1 already exists: an offline copy never overwrites a file; choose another name':
        "%1 existe déjà : une copie hors ligne n'écrase jamais un fichier ; choisissez un autre nom",
    '%1: no such folder':
        "%1 : ce dossier n'existe pas",
    'Offline copy to %1 cancelled':
        'Copie hors ligne vers %1 annulée',
    'Cancelled: no offline copy was written':
        "Annulé : aucune copie hors ligne n'a été écrite",
})

FR.setdefault('vigie::Cli', {}).update({
    'missing subcommand: create, info, validate, copy, checkout, sync, resolve, roles, tenants or notify.':
        'sous-commande manquante : create, info, validate, copy, checkout, sync, resolve, roles, tenants ou notify.',
    "Three-way merge per field against the values at checkout: a local change is written to the server, a server change is kept and copied offline, the same field changed on both sides (or a row deleted on one side and edited on the other) is a conflict, reported with both values and not applied; the roadmap follows its own merge rules.\nFeatures added on the server inside the checkout's area (or moved into it) are added offline.\nOne server transaction: all or nothing; the rows it writes are locked and read again first, so an edit made on the server meanwhile becomes a conflict, never an overwrite. If the checkout cannot be updated after the server commit, the next sync finishes it. Syncing again applies nothing new. Exit code 1 when conflicts remain.":
        "Fusion à trois voies, champ par champ, par rapport aux valeurs au moment de l'extraction : une modification locale est écrite sur le serveur, une modification du serveur est conservée et copiée hors ligne, un même champ modifié des deux côtés (ou une ligne supprimée d'un côté et modifiée de l'autre) est un conflit, signalé avec les deux valeurs et non appliqué ; la feuille de route suit ses propres règles de fusion.\nLes entités ajoutées sur le serveur dans la zone de l'extraction (ou déplacées dans cette zone) sont ajoutées hors ligne.\nUne seule transaction sur le serveur : tout ou rien ; les lignes qu'elle écrit sont d'abord verrouillées et relues, de sorte qu'une modification faite entre-temps sur le serveur devient un conflit, jamais un écrasement. Si la copie hors ligne ne peut pas être mise à jour après la validation sur le serveur, la synchronisation suivante achève l'opération. Une nouvelle synchronisation n'applique rien de plus. Code de sortie 1 s'il reste des conflits.",
    'Show what would be done; change nothing (an interrupted sync is finished first).':
        "Affiche ce qui serait fait ; ne modifie rien (une synchronisation interrompue est d'abord achevée).",
    'CHECKOUT':
        'COPIE',
    "Resolves a conflict reported by territory sync: keeps the offline value or takes the server's.":
        'Résout un conflit signalé par territory sync : conserve la valeur hors ligne ou reprend celle du serveur.',
    '--table and --key name the row as the sync report does (the fid of a feature; the key of a row, a JSON array for a key of several columns); --field names the field of a field conflict ("geometry" for the geometry); without it the whole row is resolved (a row deleted on one side and edited on the other, or added on both).\n--keep offline: the checkout records the server\'s current value as its base, so the next sync sends the offline value (or the offline deletion). --keep server: the server\'s value (or row, or deletion) is written into the checkout.\nThe server is only read. An unknown table, key or field changes nothing (exit code 1). Roadmap document conflicts are resolved by editing the roadmap.':
        '--table et --key désignent la ligne comme le fait le rapport de synchronisation (le fid d\'une entité ; la clé d\'une ligne, sous forme de tableau JSON pour une clé de plusieurs colonnes) ; --field désigne le champ d\'un conflit de champ ("geometry" pour la géométrie) ; sans --field, c\'est la ligne entière qui est résolue (ligne supprimée d\'un côté et modifiée de l\'autre, ou ajoutée des deux côtés).\n--keep offline : la copie hors ligne enregistre la valeur actuelle du serveur comme valeur de base, de sorte que la prochaine synchronisation envoie la valeur hors ligne (ou la suppression hors ligne). --keep server : la valeur du serveur (ou la ligne, ou la suppression) est écrite dans la copie hors ligne.\nLe serveur est seulement lu. Une table, une clé ou un champ inconnus ne modifient rien (code de sortie 1). Les conflits dans un document de feuille de route se résolvent en modifiant la feuille de route.',
    'Table of the conflict.':
        'Table du conflit.',
    'TABLE':
        'TABLE',
    'Fid of the feature, or key of the row.':
        "Fid de l'entité, ou clé de la ligne.",
    'KEY':
        'CLÉ',
    'Field of the conflict (none: the whole row).':
        'Champ du conflit (aucun : la ligne entière).',
    'The side that wins: offline or server.':
        "Le côté qui l'emporte : offline (hors ligne) ou server (serveur).",
    'SIDE':
        'CÔTÉ',
    'Read the server through this territory instead of the recorded one (e.g. with credentials).':
        'Lit le serveur via ce territoire au lieu de celui enregistré (par ex. avec des identifiants).',
    'Checking out: %1...':
        'Extraction : %1...',
    'Synchronising: %1...':
        'Synchronisation : %1...',
    'An interrupted sync (server written, checkout not) was finished first.':
        "Une synchronisation interrompue (serveur écrit, copie hors ligne non mise à jour) a d'abord été achevée.",
    'Dry run, nothing written. With %1: %2 rows would be updated, %3 inserted, %4 deleted on the server, %5 refreshed offline, %6 added offline from the server.':
        "Simulation, rien n'a été écrit. Avec %1 : %2 lignes seraient mises à jour, %3 insérées, %4 supprimées sur le serveur, %5 actualisées hors ligne, %6 ajoutées hors ligne depuis le serveur.",
    'Synchronised with %1: %2 rows updated, %3 inserted, %4 deleted on the server, %5 refreshed offline, %6 added offline from the server.':
        'Synchronisé avec %1 : %2 lignes mises à jour, %3 insérées, %4 supprimées sur le serveur, %5 actualisées hors ligne, %6 ajoutées hors ligne depuis le serveur.',
    '--table is required: the table of the conflict (as in the sync report).':
        '--table est obligatoire : la table du conflit (comme dans le rapport de synchronisation).',
    '--key is required: the fid of the feature, or the key of the row (as in the sync report).':
        "--key est obligatoire : le fid de l'entité, ou la clé de la ligne (comme dans le rapport de synchronisation).",
    "--keep must be offline or server, not '%1'.":
        '--keep doit valoir offline ou server, et non « %1 ».',
    'Cannot resolve the conflict: %1':
        'Impossible de résoudre le conflit : %1',
    '%1 %2':
        '%1 %2',
    '%1 %2, field %3':
        '%1 %2, champ %3',
    'Kept the offline value of %1: the next territory sync sends it to the server.':
        "Valeur hors ligne de %1 conservée : la prochaine exécution de territory sync l'enverra au serveur.",
    "Took the server's value of %1 into the offline copy.":
        'Valeur du serveur de %1 reprise dans la copie hors ligne.',
})

FR.setdefault('vigie::FeedsImportDialog', {}).update({
    'Import history':
        "Importer l'historique",
    'OGC SensorThings service':
        'Service OGC SensorThings',
    'FIWARE NGSI-LD broker':
        'Broker FIWARE NGSI-LD',
    'CSV file':
        'Fichier CSV',
    'every Datastream of the service':
        'tous les Datastreams du service',
    'Datastreams (ids, comma-separated):':
        'Datastreams (identifiants séparés par des virgules) :',
    'All four Smart Data Models':
        'Les quatre Smart Data Models',
    'Temporal query (history), not only the current values':
        'Requête temporelle (historique), pas seulement les valeurs actuelles',
    'default tenant':
        'tenant par défaut',
    'Entity type:':
        "Type d'entité :",
    'Tenant:':
        'Tenant :',
    'Comma (,)':
        'Virgule (,)',
    'Semicolon (;)':
        'Point-virgule (;)',
    'Tab':
        'Tabulation',
    'from the "sensor" column':
        'd\'après la colonne "sensor"',
    'from the "unit" column':
        'd\'après la colonne "unit"',
    'Delimiter:':
        'Séparateur :',
    'Sensor (file of one sensor):':
        "Capteur (fichier d'un seul capteur) :",
    'Unit:':
        'Unité :',
    'Columns: sensor, time (ISO 8601), value, unit; a header line is optional.':
        "Colonnes : sensor, time (ISO 8601), value, unit ; la ligne d'en-tête est facultative.",
    'Only this time range (UTC):':
        'Uniquement cette période (UTC) :',
    '&Import':
        '&Importer',
    'Source:':
        'Source :',
    'URL or file:':
        'URL ou fichier :',
    'Stored like live data: units converted, unknown sensors registered unbound (bind them on the map), values already stored skipped, so importing again adds only what is missing.':
        "Enregistré comme les données en temps réel : unités converties, capteurs inconnus enregistrés sans rattachement (rattachez-les sur la carte), valeurs déjà enregistrées ignorées ; un nouvel import n'ajoute donc que ce qui manque.",
    'history.csv':
        'historique.csv',
    'CSV file of observations':
        "Fichier CSV d'observations",
    'CSV files (*.csv *.txt);;All files (*)':
        'Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)',
    'Choose the CSV file to import.':
        'Choisissez le fichier CSV à importer.',
    'Enter the URL of the service.':
        "Saisissez l'URL du service.",
    '"%1" is not an http(s) URL.':
        "« %1 » n'est pas une URL http(s).",
    'The end of the time range must come after its start.':
        'La fin de la période doit être postérieure à son début.',
    'Importing…':
        'Import en cours…',
    'Cancelling after the current page…':
        'Annulation après la page en cours…',
    '%1 pages read, %2 observations, %3 stored — %4':
        '%1 pages lues, %2 observations, %3 enregistrées — %4',
    '%1 observations read in %2 pages: %3 stored, %4 already there, %5 new sensors (unbound: bind them on the map), %6 out of range, %7 rejected.':
        '%1 observations lues en %2 pages : %3 enregistrées, %4 déjà présentes, %5 nouveaux capteurs (non rattachés : rattachez-les sur la carte), %6 hors plage, %7 rejetées.',
    'Import finished. %1':
        'Import terminé. %1',
    'Import cancelled; what was stored stays (importing again adds only what is missing). %1':
        "Import annulé ; ce qui a été enregistré est conservé (un nouvel import n'ajoute que ce qui manque). %1",
    'Import stopped: %1\nStored before the error: %2 Importing again adds only what is missing.':
        "Import interrompu : %1\nEnregistré avant l'erreur : %2 Un nouvel import n'ajoute que ce qui manque.",
})

FR.setdefault('vigie::FeedsPanel', {}).update({
    '&Import history…':
        "&Importer l'historique…",
    'Import history':
        "Importer l'historique",
    'Open a territory first.':
        "Ouvrez d'abord un territoire.",
})

FR.setdefault('vigie::FeedsService', {}).update({
    'Retention not applied: %1':
        'Rétention non appliquée : %1',
    'Retention: %1 raw values older than %2 days moved into 15-minute aggregates':
        'Rétention : %1 valeurs brutes de plus de %2 jours transférées dans des agrégats sur 15 minutes',
})

FR.setdefault('vigie::MainWindow', {}).update({
    'Take an &offline copy…':
        'Faire une copie &hors ligne…',
    'Copy part of the territory into a GeoPackage to edit it without the server':
        'Copier une partie du territoire dans un GeoPackage pour la modifier sans le serveur',
    'S&ynchronise with the server…':
        'S&ynchroniser avec le serveur…',
    "Send the edits of this offline copy to its territory and bring back the server's":
        'Envoyer les modifications de cette copie hors ligne à son territoire et rapporter celles du serveur',
})

FR.setdefault('vigie::SyncConflictModel', {}).update({
    'NULL':
        'NULL',
    'true':
        'vrai',
    'false':
        'faux',
    '(deleted)':
        '(supprimé)',
    '(%n byte(s) of binary data)':
        ('(%n octet de données binaires)', '(%n octets de données binaires)'),
    'whole row: deleted offline, edited on the server':
        'ligne entière : supprimée hors ligne, modifiée sur le serveur',
    'whole row: edited offline, deleted on the server':
        'ligne entière : modifiée hors ligne, supprimée sur le serveur',
    'whole row: added on both sides':
        'ligne entière : ajoutée des deux côtés',
    'Table':
        'Table',
    'Feature':
        'Entité',
    'At checkout':
        "À l'extraction",
    'Server':
        'Serveur',
})

FR.setdefault('vigie::SyncDialog', {}).update({
    'Synchronise with the Server':
        'Synchroniser avec le serveur',
    'Offline copy <b>%1</b> of <b>%2</b>. A dry run shows first what the synchronisation would do; nothing is written until you press Synchronise.':
        "Copie hors ligne <b>%1</b> de <b>%2</b>. Une simulation montre d'abord ce que ferait la synchronisation ; rien n'est écrit tant que vous n'avez pas cliqué sur Synchroniser.",
    "Take the Server's Value":
        'Reprendre la valeur du serveur',
    "Write the server's value into the offline copy: the conflict is gone at the next synchronisation":
        'Écrire la valeur du serveur dans la copie hors ligne : le conflit disparaît à la prochaine synchronisation',
    'Keep the Offline Value':
        'Garder la valeur hors ligne',
    'Keep the offline value (or the offline deletion): the next synchronisation sends it to the server':
        "Garder la valeur hors ligne (ou la suppression hors ligne) : la prochaine synchronisation l'envoie au serveur",
    'Check Again':
        'Vérifier à nouveau',
    'Synchronise':
        'Synchroniser',
    '%p% — %1':
        '%p % — %1',
    'Cancelling…':
        'Annulation…',
    'Comparing the offline copy with the server…':
        'Comparaison de la copie hors ligne avec le serveur…',
    'Synchronising…':
        'Synchronisation…',
    'Dry run, nothing written yet. With %1: on the server %2 updated, %3 inserted, %4 deleted; offline %5 refreshed, %6 added from the server.':
        "Simulation, rien n'est encore écrit. Avec %1 : sur le serveur, %2 mises à jour, %3 insertions, %4 suppressions ; hors ligne, %5 actualisations, %6 ajouts depuis le serveur.",
    'Synchronised with %1: on the server %2 updated, %3 inserted, %4 deleted; offline %5 refreshed, %6 added from the server.':
        'Synchronisé avec %1 : sur le serveur, %2 mises à jour, %3 insertions, %4 suppressions ; hors ligne, %5 actualisations, %6 ajouts depuis le serveur.',
    'An interrupted synchronisation was finished first.':
        "Une synchronisation interrompue a d'abord été achevée.",
    'The offline copy and the server agree: there is nothing to synchronise.':
        "La copie hors ligne et le serveur concordent : il n'y a rien à synchroniser.",
    'New row of %1: offline id %2 is %3 on the server.':
        "Nouvelle ligne de %1 : l'identifiant hors ligne %2 devient %3 sur le serveur.",
    '%n conflict(s), not applied: each stays in the offline copy and is reported again until one side gives way.':
        ("%n conflit, non appliqué : il reste dans la copie hors ligne et sera signalé de nouveau jusqu'à ce que l'un des deux côtés cède.", "%n conflits, non appliqués : chacun reste dans la copie hors ligne et sera signalé de nouveau jusqu'à ce que l'un des deux côtés cède."),
    'Dry run cancelled.':
        'Simulation annulée.',
    'Synchronisation cancelled: nothing was changed.':
        "Synchronisation annulée : rien n'a été modifié.",
    'The dry run failed: nothing was changed.':
        "La simulation a échoué : rien n'a été modifié.",
    'The synchronisation failed: nothing was changed.':
        "La synchronisation a échoué : rien n'a été modifié.",
    'Cannot synchronise %1: %2':
        'Impossible de synchroniser %1 : %2',
    "Took the server's value of %1 %2 %3 into the offline copy":
        'Valeur du serveur de %1 %2 %3 reprise dans la copie hors ligne',
    'Kept the offline value of %1 %2 %3: the next synchronisation sends it':
        "Valeur hors ligne de %1 %2 %3 conservée : la prochaine synchronisation l'enverra",
    '%1, %2: a conflict inside a roadmap document is resolved by editing the roadmap':
        '%1, %2 : un conflit dans un document de feuille de route se résout en modifiant la feuille de route',
    'Close':
        'Fermer',
    '%1 is no offline copy: take one with Territory ▸ Take an offline copy… first.\n%2':
        "%1 n'est pas une copie hors ligne : faites-en d'abord une avec Territoire ▸ Faire une copie hors ligne…\n%2",
    'Cannot connect to %1: %2':
        'Impossible de se connecter à %1 : %2',
})

FR.setdefault('vigie::TerritoryCheckout', {}).update({
    'the source to record, %1, is not the same kind of territory as %2 (a PostGIS connection and a file)':
        "la source à enregistrer, %1, n'est pas du même type de territoire que %2 (une connexion PostGIS et un fichier)",
    'cancelled: no checkout was written':
        "annulé : aucune copie hors ligne n'a été écrite",
    'filtering layer %1':
        'filtrage de la couche %1',
    'reading table %1':
        'lecture de la table %1',
    'recording the values at checkout':
        "enregistrement des valeurs au moment de l'extraction",
    'compacting':
        'compactage',
    'done':
        'terminé',
    '%1, table %2, key %3':
        '%1, table %2, clé %3',
    '%1: no layer or synchronised table %2 in this offline copy; nothing was changed':
        "%1 : aucune couche ni table synchronisée %2 dans cette copie hors ligne ; rien n'a été modifié",
    'cannot open %1 for writing; nothing was changed':
        "impossible d'ouvrir %1 en écriture ; rien n'a été modifié",
    '%1: a feature of a layer is named by its fid (an integer); nothing was changed':
        "%1 : une entité d'une couche est désignée par son fid (un entier) ; rien n'a été modifié",
    '%1: the layer cannot be opened; nothing was changed':
        "%1 : impossible d'ouvrir la couche ; rien n'a été modifié",
    '%1: cannot read layer %2 on %3; nothing was changed':
        "%1 : impossible de lire la couche %2 sur %3 ; rien n'a été modifié",
    '%1: the table has no primary key%2; nothing was changed':
        "%1 : la table n'a pas de clé primaire%2 ; rien n'a été modifié",
    '%1: the key of %2 has %3 columns (%4): give a JSON array of %3 values; nothing was changed':
        "%1 : la clé de %2 comporte %3 colonnes (%4) : indiquez un tableau JSON de %3 valeurs ; rien n'a été modifié",
    '%1: no such row offline, on the server or at checkout; nothing was changed':
        "%1 : cette ligne n'existe ni hors ligne, ni sur le serveur, ni au moment de l'extraction ; rien n'a été modifié",
    '%1: no such feature offline, on the server or at checkout; nothing was changed':
        "%1 : cette entité n'existe ni hors ligne, ni sur le serveur, ni au moment de l'extraction ; rien n'a été modifié",
    '%1: the row is not offline, on the server and at checkout all three: resolve the whole row (no field); nothing was changed':
        "%1 : la ligne n'existe pas à la fois hors ligne, sur le serveur et au moment de l'extraction : résolvez la ligne entière (sans indiquer de champ) ; rien n'a été modifié",
    '%1: no field %2; nothing was changed':
        "%1 : pas de champ %2 ; rien n'a été modifié",
    '%1%2: the offline value is kept, the next sync sends it':
        "%1%2 : la valeur hors ligne est conservée, la prochaine synchronisation l'enverra",
    "%1%2: the server's value was written offline":
        '%1%2 : la valeur du serveur a été écrite dans la copie hors ligne',
    '%1: cannot tell whether the interrupted sync %2 reached the server: %3; nothing was changed':
        "%1 : impossible de savoir si la synchronisation interrompue %2 a atteint le serveur : %3 ; rien n'a été modifié",
    '%1 no longer knows whether the interrupted sync %2 was committed (too old): check out again; nothing was changed':
        "%1 ne sait plus si la synchronisation interrompue %2 a été validée (trop ancienne) : refaites une extraction ; rien n'a été modifié",
    'an earlier sync of this checkout (%1) is still being committed on %2: try again in a moment; nothing was changed':
        "une synchronisation précédente de cette copie hors ligne (%1) est encore en cours de validation sur %2 : réessayez dans un instant ; rien n'a été modifié",
    '%1: the interrupted sync %2 cannot be read: check out again':
        '%1 : la synchronisation interrompue %2 est illisible : refaites une extraction',
    '%1: cannot finish the interrupted sync %2: %3':
        '%1 : impossible de terminer la synchronisation interrompue %2 : %3',
    '%1: finished the interrupted sync %2 (committed on %3)':
        '%1 : synchronisation interrompue %2 terminée (validée sur %3)',
    '%1: no commune with code %2 in territory:communes; nothing was changed':
        "%1 : aucune commune de code %2 dans territory:communes ; rien n'a été modifié",
    'cancelled; nothing was changed':
        "annulé ; rien n'a été modifié",
    'reading the values at checkout':
        "lecture des valeurs au moment de l'extraction",
    'comparing layer %1':
        'comparaison de la couche %1',
    '%1, layer %2: %3; nothing was changed':
        "%1, couche %2 : %3 ; rien n'a été modifié",
    'comparing table %1':
        'comparaison de la table %1',
    'writing':
        'écriture',
    '%1 could not be updated: %2':
        "%1 n'a pas pu être mis à jour : %2",
    '%1: the rows to write kept changing on the server during the sync; nothing was changed; try again':
        "%1 : les lignes à écrire n'ont cessé de changer sur le serveur pendant la synchronisation ; rien n'a été modifié ; réessayez",
    '%1: rows changed on the server while synchronising %2; planning again':
        '%1 : des lignes ont changé sur le serveur pendant la synchronisation de %2 ; nouvelle planification',
    'cannot read the transaction id: %1':
        "impossible de lire l'identifiant de transaction : %1",
    'cannot record the sync in the checkout %1: %2':
        "impossible d'enregistrer la synchronisation dans la copie hors ligne %1 : %2",
    '%1 was updated, but the checkout %2 not yet (%3): the next territory sync finishes it, with nothing applied twice':
        '%1 a été mis à jour, mais pas encore la copie hors ligne %2 (%3) : la prochaine exécution de territory sync la terminera, sans rien appliquer deux fois',
    'synchronised %1 with %2: %3 updated, %4 inserted, %5 deleted, %6 refreshed, %7 added from the server, %8 conflicts':
        '%1 synchronisé avec %2 : %3 mises à jour, %4 insertions, %5 suppressions, %6 actualisations, %7 ajouts depuis le serveur, %8 conflits',
})

FR.setdefault('vigie::WaterPanel', {}).update({
    'training SCADA folder (optional)':
        "dossier SCADA d'apprentissage (facultatif)",
    'A year of SCADA data with known leaks: the detector calibrates its consumption model on it':
        'Une année de données SCADA avec des fuites connues : le détecteur y étalonne son modèle de consommation',
    'Choose the training SCADA folder':
        "Choisir le dossier SCADA d'apprentissage",
    'its leak list, CSV (optional)':
        'sa liste de fuites, CSV (facultatif)',
    'Choose the leak list of the training record (link_id,start_time,end_time,…)':
        "Choisir la liste des fuites des données d'apprentissage (link_id,start_time,end_time,…)",
    'Training':
        'Apprentissage',
    'Training SCADA folder':
        "Dossier SCADA d'apprentissage",
    'Leak list of the training record':
        "Liste des fuites des données d'apprentissage",
    'CSV files (*.csv);;All files (*)':
        'Fichiers CSV (*.csv);;Tous les fichiers (*)',
    'Show the live leaks':
        'Afficher les fuites en temps réel',
    'When a feed (MQTT or the replay) stores water observations, the leak monitor runs on them in the background (vigie-cli water watch) and raises an alarm for each new leak':
        "Quand un flux (MQTT ou le rejeu) enregistre des observations du réseau d'eau, la surveillance des fuites les analyse en arrière-plan (vigie-cli water watch) et déclenche une alarme pour chaque nouvelle fuite",
    'Live monitor: waiting for water observations':
        "Surveillance en temps réel : en attente d'observations du réseau d'eau",
    'Live monitor: no territory':
        'Surveillance en temps réel : aucun territoire',
    'Live monitor: %n leak(s), data up to %1':
        ('Surveillance en temps réel : %n fuite, dernières données : %1', 'Surveillance en temps réel : %n fuites, dernières données : %1'),
    'none yet':
        "aucune pour l'instant",
    'Live monitor failed: %1':
        'Échec de la surveillance en temps réel : %1',
})

FR.setdefault('vigie::feeds', {}).update({
    'an analysis alarm needs a key (its sensor id)':
        "une alarme d'analyse nécessite une clé (son identifiant de capteur)",
    'cannot raise the alarm "%1": %2':
        "impossible de déclencher l'alarme « %1 » : %2",
    "Usage: vigie-cli observations COMMAND TERRITORY [options]\nReads back the sensor observations stored in a territory file.\n\nCommands:\n  count TERRITORY [--sensor ID] [--json]     number of raw observations (and of 15-minute aggregates)\n  export TERRITORY --out FILE.csv [--sensor ID] [--from ISO] [--to ISO] [--aggregates]\n                                             writes raw observations (sensor,time,value,unit,flags) or\n                                             15-minute aggregates (sensor,start,min,mean,max,count) as CSV\n  retention TERRITORY --raw-days N           moves raw values older than N days into 15-minute aggregates now\n  retention TERRITORY                        the same with the territory's retention period\n  retention TERRITORY --set-raw-days N       stores the retention period (1 to 36500 days, default 90):\n                                             vigie-cli ingest and the app apply it at start and every hour\n  retention TERRITORY --show [--json]        the retention period, raw values and aggregates\n\nTimes are ISO 8601 (2024-05-01T08:00:00Z); --from is included, --to excluded.\nExit codes: 0 done, 1 failure, 2 usage error, 3 the territory cannot be opened.\n":
        "Utilisation : vigie-cli observations COMMANDE TERRITOIRE [options]\nRelit les observations des capteurs enregistrées dans un fichier de territoire.\n\nCommandes :\n  count TERRITOIRE [--sensor ID] [--json]    nombre d'observations brutes (et d'agrégats sur 15 minutes)\n  export TERRITOIRE --out FICHIER.csv [--sensor ID] [--from ISO] [--to ISO] [--aggregates]\n                                             écrit en CSV les observations brutes (sensor,time,value,unit,flags)\n                                             ou les agrégats sur 15 minutes (sensor,start,min,mean,max,count)\n  retention TERRITOIRE --raw-days N          transfère dès maintenant les valeurs brutes de plus de N jours dans des agrégats sur 15 minutes\n  retention TERRITOIRE                       idem avec la durée de rétention du territoire\n  retention TERRITOIRE --set-raw-days N      enregistre la durée de rétention (1 à 36500 jours, 90 par défaut) :\n                                             vigie-cli ingest et l'application l'appliquent au démarrage puis toutes les heures\n  retention TERRITOIRE --show [--json]       la durée de rétention, le nombre de valeurs brutes et d'agrégats\n\nLes dates et heures sont au format ISO 8601 (2024-05-01T08:00:00Z) ; --from est inclus, --to exclu.\nCodes de sortie : 0 terminé, 1 échec, 2 erreur d'utilisation, 3 impossible d'ouvrir le territoire.\n",
    'retention: give one of --raw-days N, --set-raw-days N or --show':
        'retention : indiquez --raw-days N, --set-raw-days N ou --show',
    'raw values kept %1 days, then 15-minute aggregates':
        'valeurs brutes conservées %1 jours, puis agrégats sur 15 minutes',
    'raw values kept %1 days (default), then 15-minute aggregates':
        'valeurs brutes conservées %1 jours (par défaut), puis agrégats sur 15 minutes',
    '%1 raw values, %2 aggregates':
        '%1 valeurs brutes, %2 agrégats',
    'retention: --set-raw-days must be a whole number of days from 1 to %1 (got "%2")':
        'retention : --set-raw-days doit être un nombre entier de jours de 1 à %1 (reçu « %2 »)',
    'raw values are now kept %1 days; vigie-cli ingest and the app apply it at start and every hour (vigie-cli observations retention TERRITORY applies it now)':
        "les valeurs brutes sont désormais conservées %1 jours ; vigie-cli ingest et l'application appliquent cette durée au démarrage puis toutes les heures (vigie-cli observations retention TERRITOIRE l'applique immédiatement)",
    'Usage: vigie-cli feeds import TERRITORY SOURCE [options]\nStores the history of a feed in a territory, through the same path as the live feeds: units converted,\nunknown sensors registered unbound, out-of-range values flagged, an observation already stored counted\nas a duplicate (importing twice stores nothing new).\n\nSources (one):\n  --sensorthings URL      OGC SensorThings service root (ends with /v1.1 or /v1.0)\n      [--datastream ID[,ID...]] [--thing ID[,ID...]]   default: every Datastream of the service\n  --ngsi-ld URL           FIWARE NGSI-LD broker root\n      [--type Streetlight|WaterObserved|WasteContainer|DeviceMeasurement[,...]]   default: all four\n      [--temporal]        temporal query (history) instead of the entities\' current values\n      [--tenant NAME]     NGSI-LD tenant (NGSILD-Tenant header)\n      [--every SECONDS [--count N]]   polls the broker until Ctrl+C (or N polls)\n  --csv FILE              CSV file, by default "sensor,time,value[,unit]" with an optional header\n      [--delimiter C]     , ; tab or |\n      [--sensor-column C] [--time-column C] [--value-column C] [--unit-column C]\n                          a header name or a column number (1 = first)\n      [--sensor ID]       every row is this sensor (a file "time,value[,unit]")\n      [--unit UNIT]       unit of the values when the file has none\n\nOptions:\n  --from ISO --to ISO     time range (from included, to excluded), ISO 8601 (2024-05-01T00:00:00Z)\n  --timeout SECONDS       HTTP request timeout (default 30)\n  --json                  machine-readable result\n\nEach HTTP page (or batch of 10,000 CSV rows) is stored in one transaction. On an error (server\nunreachable, HTTP error, malformed page) the import stops, naming the URL and the reason: the pages\nbefore it stay stored, the failing one is not, and running the import again stores only what is\nmissing. A CSV file is checked whole first: a bad line gives FILE:LINE and the reason, and nothing\nis stored.\nExit codes: 0 done, 1 failure (network, HTTP, malformed page, bad CSV line), 2 usage error,\n3 the territory or the CSV file cannot be opened.\n':
        'Utilisation : vigie-cli feeds import TERRITOIRE SOURCE [options]\nEnregistre l\'historique d\'un flux dans un territoire, par le même chemin que les flux en temps réel : unités converties,\ncapteurs inconnus enregistrés comme non associés, valeurs hors plage signalées, observation déjà enregistrée comptée\ncomme doublon (importer deux fois n\'enregistre rien de nouveau).\n\nSources (une seule) :\n  --sensorthings URL      racine d\'un service OGC SensorThings (se termine par /v1.1 ou /v1.0)\n      [--datastream ID[,ID...]] [--thing ID[,ID...]]   par défaut : tous les Datastreams du service\n  --ngsi-ld URL           racine d\'un broker FIWARE NGSI-LD\n      [--type Streetlight|WaterObserved|WasteContainer|DeviceMeasurement[,...]]   par défaut : les quatre\n      [--temporal]        requête temporelle (historique) au lieu des valeurs actuelles des entités\n      [--tenant NOM]      tenant NGSI-LD (en-tête NGSILD-Tenant)\n      [--every SECONDES [--count N]]   interroge le broker jusqu\'à Ctrl+C (ou N interrogations)\n  --csv FICHIER           fichier CSV, par défaut "sensor,time,value[,unit]" avec une ligne d\'en-tête facultative\n      [--delimiter C]     , ; tab ou |\n      [--sensor-column C] [--time-column C] [--value-column C] [--unit-column C]\n                          un nom de colonne de l\'en-tête ou un numéro de colonne (1 = la première)\n      [--sensor ID]       toutes les lignes concernent ce capteur (un fichier "time,value[,unit]")\n      [--unit UNITÉ]      unité des valeurs quand le fichier n\'en indique pas\n\nOptions :\n  --from ISO --to ISO     période (from incluse, to exclue), ISO 8601 (2024-05-01T00:00:00Z)\n  --timeout SECONDES      délai d\'attente des requêtes HTTP (30 par défaut)\n  --json                  résultat lisible par une machine\n\nChaque page HTTP (ou lot de 10 000 lignes CSV) est enregistrée en une seule transaction. En cas d\'erreur (serveur\ninjoignable, erreur HTTP, page mal formée), l\'import s\'arrête en indiquant l\'URL et la raison : les pages\nprécédentes restent enregistrées, celle en échec ne l\'est pas, et relancer l\'import n\'enregistre que ce qui\nmanque. Un fichier CSV est d\'abord vérifié en entier : une ligne incorrecte donne FICHIER:LIGNE et la raison, et rien\nn\'est enregistré.\nCodes de sortie : 0 terminé, 1 échec (réseau, HTTP, page mal formée, ligne CSV incorrecte), 2 erreur d\'utilisation,\n3 impossible d\'ouvrir le territoire ou le fichier CSV.\n',
    '%1 pages, %2 observations read: %3 stored, %4 duplicates, %5 unknown sensors registered (unbound), %6 out of range, %7 rejected':
        '%1 pages, %2 observations lues : %3 enregistrées, %4 doublons, %5 capteurs inconnus enregistrés (non associés), %6 hors plage, %7 rejetées',
    'vigie-cli feeds import: %1':
        'vigie-cli feeds import : %1',
    'Run "vigie-cli feeds import --help" for usage.':
        "Lancez « vigie-cli feeds import --help » pour afficher l'aide.",
    'takes 1 argument (TERRITORY), got %1':
        'attend 1 argument (TERRITOIRE), %1 reçus',
    'give one source: --sensorthings URL, --ngsi-ld URL or --csv FILE':
        'indiquez une seule source : --sensorthings URL, --ngsi-ld URL ou --csv FICHIER',
    '--%1: "%2" is not an http(s) URL':
        "--%1 : « %2 » n'est pas une URL http(s)",
    '--%1 only goes with %2':
        "--%1 ne s'utilise qu'avec %2",
    '--delimiter must be , ; | or tab, got "%1"':
        '--delimiter doit être , ; | ou tab (reçu « %1 »)',
    '--sensor and --sensor-column exclude each other':
        "--sensor et --sensor-column s'excluent mutuellement",
    '--to (%1) must come after --from (%2)':
        '--to (%1) doit être postérieur à --from (%2)',
    '--timeout must be a number of seconds above 0, got "%1"':
        '--timeout doit être un nombre de secondes supérieur à 0 (reçu « %1 »)',
    '--every must be a number of seconds from 1 to 86400, got "%1"':
        '--every doit être un nombre de secondes de 1 à 86400 (reçu « %1 »)',
    '--count must be a number of polls above 0, with --every':
        "--count doit être un nombre d'interrogations supérieur à 0, avec --every",
    '%1: no such readable file':
        '%1 : fichier introuvable ou illisible',
    '… %1 pages, %2 observations stored (%3)':
        '… %1 pages, %2 observations enregistrées (%3)',
    'stored before the error: %1':
        "enregistré avant l'erreur : %1",
    'imported %1 into %2: %3':
        '%1 importé dans %2 : %3',
    '%1 polls, %2 failed':
        '%1 interrogations, %2 en échec',
    'stores in TERRITORY the history of a SensorThings service (--sensorthings URL), an NGSI-LD broker (--ngsi-ld URL; --every polls it) or a CSV file (--csv FILE); see feeds import --help':
        "enregistre dans TERRITOIRE l'historique d'un service SensorThings (--sensorthings URL), d'un broker NGSI-LD (--ngsi-ld URL ; --every l'interroge à intervalles réguliers) ou d'un fichier CSV (--csv FICHIER) ; voir feeds import --help",
    'cancelled after %1 pages (%2 observations stored; running the import again stores only what is missing)':
        "annulé après %1 pages (%2 observations enregistrées ; relancer l'import n'enregistre que ce qui manque)",
    'cannot read: %1':
        'lecture impossible : %1',
    'unusable delimiter':
        'séparateur inutilisable',
    'unterminated quoted field':
        'champ entre guillemets non fermé',
    'no column "%1" in the header (%2)':
        "pas de colonne « %1 » dans l'en-tête (%2)",
    'column "%1": not a column number, and the file has no header line':
        "colonne « %1 » : ce n'est pas un numéro de colonne, et le fichier n'a pas de ligne d'en-tête",
    'expected at least %1 fields, got %2':
        'au moins %1 champs attendus, %2 reçus',
    '%1: not stored: %2':
        '%1 : non enregistré : %2',
    'the end of the time range (%1) must come after its start (%2)':
        'la fin de la période (%1) doit être postérieure à son début (%2)',
    '"%1" is not an http(s) URL':
        "« %1 » n'est pas une URL http(s)",
    '%1: Thing %2 has no Datastream':
        "%1 : le Thing %2 n'a pas de Datastream",
    "Usage: vigie-cli ingest TERRITORY --mqtt URL --topic FILTER [--topic FILTER ...] [options]\n       vigie-cli ingest TERRITORY --feed CONFIG.json [options]\nReceives a live MQTT feed into the territory until interrupted (Ctrl+C, SIGTERM); every\nmessage is journaled next to the territory before it is acknowledged, and everything\nreceived is committed before the command ends. Progress is printed every second on stderr.\n\nOptions:\n  --mqtt URL          broker: mqtt://HOST:PORT, mqtts://HOST:PORT (TLS), tcp://, ssl://\n  --topic FILTER      topic filter, QoS 1 (repeatable; + and # wildcards)\n  --client-id ID      client id of the persistent session (default: vigie-TERRITORY NAME)\n  --decoder NAME      %1 (default json)\n  --feed FILE         feed configuration (JSON); the options above override it\n  --user NAME         user name; the password is read from VIGIE_MQTT_PASSWORD or asked\n                      without echo (it is never stored)\n  --ca FILE           CA certificate(s) of the broker (PEM); TLS 1.2 minimum\n  --cert FILE         client certificate (PEM), with --key FILE\n  --key FILE          private key of the client certificate\n  --insecure          do not verify the broker's certificate (tests only)\n  --max-payload BYTES larger messages are counted and dropped (default 1048576)\n  --duration SECONDS  stop by itself after this time\n  --no-retention      do not apply the territory's retention period (raw values kept N\n                      days, then 15-minute aggregates: see vigie-cli observations retention);\n                      by default it is applied at start and every hour, between commits\n  --quiet             no progress lines\n  -h, --help          show this help\n\nExit codes: 0 stopped with everything committed, 1 the broker refused the connection\n(credentials, certificate) or the feed failed, 2 usage error, 3 the territory or a file\ncannot be read.\n":
        "Utilisation : vigie-cli ingest TERRITOIRE --mqtt URL --topic FILTRE [--topic FILTRE ...] [options]\n              vigie-cli ingest TERRITOIRE --feed CONFIG.json [options]\nReçoit un flux MQTT en temps réel dans le territoire jusqu'à interruption (Ctrl+C, SIGTERM) ; chaque\nmessage est journalisé à côté du territoire avant d'être acquitté, et tout ce qui a été reçu\nest enregistré avant la fin de la commande. La progression est affichée chaque seconde sur stderr.\n\nOptions :\n  --mqtt URL          broker : mqtt://HÔTE:PORT, mqtts://HÔTE:PORT (TLS), tcp://, ssl://\n  --topic FILTRE      filtre de sujets, QoS 1 (répétable ; jokers + et #)\n  --client-id ID      identifiant client de la session persistante (par défaut : vigie-NOM DU TERRITOIRE)\n  --decoder NOM       %1 (json par défaut)\n  --feed FICHIER      configuration du flux (JSON) ; les options ci-dessus la remplacent\n  --user NOM          nom d'utilisateur ; le mot de passe est lu dans VIGIE_MQTT_PASSWORD ou demandé\n                      sans écho (il n'est jamais enregistré)\n  --ca FICHIER        certificat(s) de l'autorité de certification du broker (PEM) ; TLS 1.2 minimum\n  --cert FICHIER      certificat client (PEM), avec --key FICHIER\n  --key FICHIER       clé privée du certificat client\n  --insecure          ne vérifie pas le certificat du broker (tests uniquement)\n  --max-payload OCTETS les messages plus gros sont comptés et ignorés (1048576 par défaut)\n  --duration SECONDES s'arrête de lui-même au bout de cette durée\n  --no-retention      n'applique pas la durée de rétention du territoire (valeurs brutes conservées N\n                      jours, puis agrégats sur 15 minutes : voir vigie-cli observations retention) ;\n                      par défaut, elle est appliquée au démarrage puis toutes les heures, entre deux validations\n  --quiet             pas de lignes de progression\n  -h, --help          affiche cette aide\n\nCodes de sortie : 0 arrêté avec tout enregistré, 1 le broker a refusé la connexion\n(identifiants, certificat) ou le flux a échoué, 2 erreur d'utilisation, 3 le territoire ou un fichier\nest illisible.\n",
    'retention: %1 raw values older than %2 days moved into 15-minute aggregates (%3 passes, longest step %4 ms)':
        'rétention : %1 valeurs brutes de plus de %2 jours transférées dans des agrégats sur 15 minutes (%3 passes, étape la plus longue %4 ms)',
    'TLS connection to %1 failed: the broker offers no TLS 1.2 or 1.3 protocol and cipher suite in common with Vigie (TLS 1.2 is the minimum), or it refused the client certificate (%2)':
        'échec de la connexion TLS à %1 : le broker ne propose aucun protocole TLS 1.2 ou 1.3 ni aucune suite de chiffrement en commun avec Vigie (TLS 1.2 est le minimum), ou il a refusé le certificat client (%2)',
    '%1: feeds tables migrated from schema %2 to %3':
        '%1 : tables feeds migrées du schéma %2 au schéma %3',
    '%1: cannot read the feeds settings: %2':
        '%1 : impossible de lire les paramètres des flux : %2',
    '%1: table feeds_settings, row %2: "%3" is not a retention period (a whole number of days from 1 to %4)':
        "%1 : table feeds_settings, ligne %2 : « %3 » n'est pas une durée de rétention (nombre entier de jours de 1 à %4)",
    'the raw retention period must be a whole number of days from 1 to %1 (got %2)':
        'la durée de rétention des données brutes doit être un nombre entier de jours de 1 à %1 (reçu %2)',
    'feeds schema %1 opened read-only':
        'schéma feeds %1 ouvert en lecture seule',
    '%1: cannot store the retention period: %2':
        "%1 : impossible d'enregistrer la durée de rétention : %2",
})

FR.setdefault('vigie::feeds::IngestService', {}).update({
    'retention not applied: %1':
        'rétention non appliquée : %1',
    'retention: %1 raw values older than %2 days moved into 15-minute aggregates':
        'rétention : %1 valeurs brutes de plus de %2 jours transférées dans des agrégats sur 15 minutes',
})

FR.setdefault('vigie::hydraulics', {}).update({
    '%1: no flow meter among the water sensors: the leak detection needs the metered inflows':
        "%1 : aucun débitmètre parmi les capteurs du réseau d'eau : la détection des fuites a besoin des débits d'entrée mesurés",
    '%1: the training record has no column "%2" (a live sensor)':
        "%1 : les données d'apprentissage n'ont pas de colonne « %2 » (un capteur des données en temps réel)",
    'sensors that appeared after the monitor started are not used: %1':
        'les capteurs apparus après le démarrage de la surveillance ne sont pas utilisés : %1',
    'no value of %1 from %2 to %3: %4 time steps left out':
        'aucune valeur de %1 du %2 au %3 : %4 pas de temps écartés',
    '%1 time steps not after the last one analysed (%2): left out':
        '%1 pas de temps non postérieurs au dernier analysé (%2) : écartés',
    '%1 time steps with a value that is not a number, from %2: left out':
        '%1 pas de temps avec une valeur non numérique, à partir du %2 : écartés',
    'sensors without any value from %1 to %2: %3':
        'capteurs sans aucune valeur du %1 au %2 : %3',
    '%1 time steps without a value of every sensor: left out':
        "%1 pas de temps où manque la valeur d'au moins un capteur : écartés",
    'Leak detection':
        'Détection des fuites',
    'already running when the data begin (%1)':
        'déjà en cours au début des données (%1)',
    'since %1':
        'depuis le %1',
    'Leak of %1 m³/h in area %2, %3; candidate pipes: %4':
        'Fuite de %1 m³/h dans le secteur %2, %3 ; canalisations suspectes : %4',
    '       vigie-cli water watch TERRITORY [--network NET.inp] [--from TIME] [--to TIME] [--step MINUTES]\n                             [--train DIR [--train-leaks leaks.csv]] [--warm-up DAYS] [--no-alarms] [--json FILE]\n':
        '       vigie-cli water watch TERRITOIRE [--network NET.inp] [--from DATE] [--to DATE] [--step MINUTES]\n                             [--train DOSSIER [--train-leaks leaks.csv]] [--warm-up JOURS] [--no-alarms] [--json FICHIER]\n',
    'the territory is required':
        'le territoire est obligatoire',
    '--from and --to need a time such as "2018-01-22 00:00"':
        '--from et --to attendent une date telle que « 2018-01-22 00:00 »',
    '--step needs a number of minutes from 5 to 1440, not "%1"':
        '--step attend un nombre de minutes de 5 à 1440, et non « %1 »',
    '--warm-up needs a number of days from 3 to 365, not "%1"':
        '--warm-up attend un nombre de jours de 3 à 365, et non « %1 »',
    '%1: no such territory':
        '%1 : territoire introuvable',
    '%1: no water sensor observation stored':
        "%1 : aucune observation de capteur du réseau d'eau enregistrée",
    'the period is empty (%1 to %2)':
        'la période est vide (du %1 au %2)',
    'warning: %1':
        'avertissement : %1',
    '%1: leak on %2 (area %3, %4 m³/h, since %5); candidates %6%7':
        '%1 : fuite sur %2 (secteur %3, %4 m³/h, depuis le %5) ; candidates : %6%7',
    '; alarm %1 raised':
        ' ; alarme %1 déclenchée',
    '%1 updates of %2 min from %3 to %4: %5 leaks reported, %6 alarms raised; %7 days analysed; per update %8 ms mean, %9 ms max (set-up %10 ms)':
        '%1 mises à jour de %2 min du %3 au %4 : %5 fuites signalées, %6 alarmes déclenchées ; %7 jours analysés ; par mise à jour %8 ms en moyenne, %9 ms au maximum (initialisation %10 ms)',
})

FR.setdefault('vigie::review', {}).update({
    'the territory %1 cannot be read: %2':
        'le territoire %1 est illisible : %2',
})

FR.setdefault('vigie::store', {}).update({
    'the copy was cancelled':
        'la copie a été annulée',
    'table %1, reading after row %2: %3':
        'table %1, lecture après la ligne %2 : %3',
    'table %1, rows %2 to %3: %4':
        'table %1, lignes %2 à %3 : %4',
    'table %1: %2 rows read of %3 (keys that cannot be ordered?)':
        'table %1 : %2 lignes lues sur %3 (clés impossibles à ordonner ?)',
    '%1: cannot rename %2':
        '%1 : impossible de renommer %2',
})

FR.setdefault('vigie::feeds::IngestService', {}).update({
    'stale alarm rules not evaluated: %1': "règles d'alarme d'absence de données non évaluées : %1",
})

FR.setdefault('vigie::TerritoryCheckout', {}).update({
    'the checkout was taken as role %1 and this connection acts as role %2: another role may see other features of the server (communes as tenants), so synchronise as %1; nothing was changed':
        "la copie hors ligne a été prise avec le rôle %1 et cette connexion agit avec le rôle %2 : un autre rôle peut voir d'autres objets du serveur (communes locataires), synchronisez donc avec le rôle %1 ; rien n'a été modifié",
})

FR.setdefault('vigie::hydraulics', {}).update({
    '%1 needs a number of days from 0 to %2, not "%3"':
        "%1 attend un nombre de jours de 0 à %2, pas « %3 »",
})

FR.setdefault('vigie', {}).update({
    'no bookmark %1 in %2': 'aucun signet %1 dans %2',
})

# (context, source, comment) -> French, for sources whose French depends on their comment:
# "la vitesse" is feminine, "le trafic" masculine
FR_COMMENTED = {
    ('vigie::lighting', 'very high', 'speed'): 'très élevée',
    ('vigie::lighting', 'high', 'speed'): 'élevée',
    ('vigie::lighting', 'moderate', 'speed'): 'modérée',
}

if __name__ == '__main__':
    command = sys.argv[1] if len(sys.argv) > 1 else 'fill'
    sys.exit({'refresh': refresh, 'fill': fill, 'missing': missing}[command]())
