<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>généré</translation>
    </message>
</context>
<context>
    <name>vigie</name>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Try &apos;vigie --help&apos;.</source>
        <translation>Essayez « vigie --help ».</translation>
    </message>
    <message>
        <source>no territory to render</source>
        <translation>aucun territoire à afficher</translation>
    </message>
    <message>
        <source>Invalid image size %1×%2 or resolution %3 dpi.</source>
        <translation>Taille d&apos;image %1×%2 ou résolution %3 ppp non valide.</translation>
    </message>
    <message>
        <source>Nothing to render: no visible layer or an empty extent.</source>
        <translation>Rien à afficher : aucune couche visible ou emprise vide.</translation>
    </message>
    <message>
        <source>The QGIS renderer produced no image.</source>
        <translation>Le moteur de rendu de QGIS n&apos;a produit aucune image.</translation>
    </message>
    <message>
        <source>QGIS cannot start before its application object exists.</source>
        <translation>QGIS ne peut pas démarrer avant la création de son objet application.</translation>
    </message>
    <message>
        <source>The QGIS OGR data provider is not available (QGIS prefix %1, plugins %2).</source>
        <translation>Le fournisseur de données OGR de QGIS n&apos;est pas disponible (préfixe QGIS %1, extensions %2).</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>style of layer %1, line %2: %3</source>
        <translation>style de la couche %1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>style of layer %1: %2</source>
        <translation>style de la couche %1 : %2</translation>
    </message>
    <message>
        <source>%1: the territory CRS &apos;%2&apos; is not known to PROJ.</source>
        <translation>%1 : le SCR du territoire « %2 » est inconnu de PROJ.</translation>
    </message>
    <message>
        <source>%1: layer %2 (table %3) cannot be read by QGIS: %4</source>
        <translation>%1 : la couche %2 (table %3) ne peut pas être lue par QGIS : %4</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>langue « %1 » inconnue (disponibles : %2)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 needs at least %2 values, found %3</source>
        <translation>%1 nécessite au moins %2 valeurs (nombre trouvé : %3)</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; for %2 of %3</source>
        <translation>nombre « %1 » incorrect pour %2 de %3</translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot;</source>
        <translation>identifiant de nœud « %1 » en double</translation>
    </message>
    <message>
        <source>duplicate link id &quot;%1&quot;</source>
        <translation>identifiant d&apos;arc « %1 » en double</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; refers to unknown node &quot;%2&quot;</source>
        <translation>l&apos;arc « %1 » fait référence au nœud inconnu « %2 »</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; starts and ends at the same node &quot;%2&quot;</source>
        <translation>l&apos;arc « %1 » commence et se termine au même nœud « %2 »</translation>
    </message>
    <message>
        <source>a junction</source>
        <translation>une jonction</translation>
    </message>
    <message>
        <source>a reservoir</source>
        <translation>un réservoir</translation>
    </message>
    <message>
        <source>a tank</source>
        <translation>un château d&apos;eau</translation>
    </message>
    <message>
        <source>tank &quot;%1&quot;: overflow must be YES or NO, not &quot;%2&quot;</source>
        <translation>château d&apos;eau « %1 » : le débordement doit valoir YES ou NO, et non « %2 »</translation>
    </message>
    <message>
        <source>tank &quot;%1&quot;: levels must satisfy minimum &lt;= initial &lt;= maximum</source>
        <translation>château d&apos;eau « %1 » : les niveaux doivent respecter minimum &lt;= initial &lt;= maximum</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>une canalisation</translation>
    </message>
    <message>
        <source>pipe &quot;%1&quot;: unknown status &quot;%2&quot; (expected OPEN, CLOSED or CV)</source>
        <translation>canalisation « %1 » : état « %2 » inconnu (attendu : OPEN, CLOSED ou CV)</translation>
    </message>
    <message>
        <source>pipe &quot;%1&quot;: length, diameter and roughness must be positive</source>
        <translation>canalisation « %1 » : la longueur, le diamètre et la rugosité doivent être positifs</translation>
    </message>
    <message>
        <source>a pump</source>
        <translation>une pompe</translation>
    </message>
    <message>
        <source>pump &quot;%1&quot;: keyword %2 has no value</source>
        <translation>pompe « %1 » : le mot-clé %2 n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>pump &quot;%1&quot;: unknown keyword &quot;%2&quot; (expected HEAD, POWER, SPEED or PATTERN)</source>
        <translation>pompe « %1 » : mot-clé « %2 » inconnu (attendu : HEAD, POWER, SPEED ou PATTERN)</translation>
    </message>
    <message>
        <source>pump &quot;%1&quot; has neither a HEAD curve nor a POWER</source>
        <translation>la pompe « %1 » n&apos;a ni courbe HEAD ni puissance POWER</translation>
    </message>
    <message>
        <source>a valve</source>
        <translation>une vanne</translation>
    </message>
    <message>
        <source>valve &quot;%1&quot;: unknown type &quot;%2&quot; (expected PRV, PSV, PBV, FCV, TCV or GPV)</source>
        <translation>vanne « %1 » : type « %2 » inconnu (attendu : PRV, PSV, PBV, FCV, TCV ou GPV)</translation>
    </message>
    <message>
        <source>a coordinate</source>
        <translation>une coordonnée</translation>
    </message>
    <message>
        <source>coordinates given for unknown node &quot;%1&quot;</source>
        <translation>coordonnées données pour un nœud inconnu « %1 »</translation>
    </message>
    <message>
        <source>duplicate coordinates for node &quot;%1&quot;</source>
        <translation>coordonnées en double pour le nœud « %1 »</translation>
    </message>
    <message>
        <source>a vertex</source>
        <translation>un sommet</translation>
    </message>
    <message>
        <source>vertex given for unknown link &quot;%1&quot;</source>
        <translation>sommet donné pour un arc inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown flow units &quot;%1&quot; (expected CFS, GPM, MGD, IMGD, AFD, LPS, LPM, MLD, CMH or CMD)</source>
        <translation>unités de débit « %1 » inconnues (attendu : CFS, GPM, MGD, IMGD, AFD, LPS, LPM, MLD, CMH ou CMD)</translation>
    </message>
    <message>
        <source>unknown head-loss formula &quot;%1&quot; (expected H-W, D-W or C-M)</source>
        <translation>formule de perte de charge « %1 » inconnue (attendu : H-W, D-W ou C-M)</translation>
    </message>
    <message>
        <source>section header &quot;%1&quot; has no closing bracket</source>
        <translation>l&apos;en-tête de section « %1 » n&apos;a pas de crochet fermant</translation>
    </message>
    <message>
        <source>data outside of any section: &quot;%1&quot;</source>
        <translation>données hors de toute section : « %1 »</translation>
    </message>
    <message>
        <source>missing section [JUNCTIONS] (no [JUNCTIONS], [RESERVOIRS] or [TANKS]: the network has no node)</source>
        <translation>section [JUNCTIONS] manquante (ni [JUNCTIONS], ni [RESERVOIRS], ni [TANKS] : le réseau n&apos;a aucun nœud)</translation>
    </message>
    <message>
        <source>missing section [PIPES] (no [PIPES], [PUMPS] or [VALVES]: the network has no link)</source>
        <translation>section [PIPES] manquante (ni [PIPES], ni [PUMPS], ni [VALVES] : le réseau n&apos;a aucun arc)</translation>
    </message>
    <message>
        <source>the network has no node</source>
        <translation>le réseau n&apos;a aucun nœud</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not an EPANET input file (binary content)</source>
        <translation>%1 : ce n&apos;est pas un fichier d&apos;entrée EPANET (contenu binaire)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: no transformation to %2: %3</source>
        <translation>%1 : aucune transformation vers %2 : %3</translation>
    </message>
    <message>
        <source>%1, feature %2: reprojection failed: %3</source>
        <translation>%1, entité %2 : échec de la reprojection : %3</translation>
    </message>
    <message>
        <source>%1, feature %2: %3</source>
        <translation>%1, entité %2 : %3</translation>
    </message>
    <message>
        <source>%1, line %2: %3 columns, expected %4</source>
        <translation>%1, ligne %2 : %3 colonnes au lieu de %4</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1 : fichier vide</translation>
    </message>
    <message>
        <source>%1: column %2 is missing</source>
        <translation>%1 : la colonne %2 est manquante</translation>
    </message>
    <message>
        <source>montpellier: commune boundary</source>
        <translation>montpellier : limite communale</translation>
    </message>
    <message>
        <source>montpellier: districts</source>
        <translation>montpellier : quartiers</translation>
    </message>
    <message>
        <source>montpellier: traffic counts</source>
        <translation>montpellier : comptages routiers</translation>
    </message>
    <message>
        <source>montpellier: streets</source>
        <translation>montpellier : voies</translation>
    </message>
    <message>
        <source>montpellier: %1 streets, %2 with a traffic count</source>
        <translation>montpellier : %1 voies, dont %2 avec un comptage routier</translation>
    </message>
    <message>
        <source>finistere: communes</source>
        <translation>finistere : communes</translation>
    </message>
    <message>
        <source>unknown demo &apos;%1&apos; (known: %2)</source>
        <translation>démo « %1 » inconnue (démos connues : %2)</translation>
    </message>
    <message>
        <source>%1 already exists; a demo is never built over an existing file</source>
        <translation>%1 existe déjà ; une démo n&apos;est jamais construite par-dessus un fichier existant</translation>
    </message>
    <message>
        <source>demo source folder %1 does not exist</source>
        <translation>le dossier source de la démo %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Demo territory built from the Montpellier open data (Licence Ouverte)</source>
        <translation>Territoire de démonstration construit à partir des données ouvertes de Montpellier (Licence Ouverte)</translation>
    </message>
    <message>
        <source>no commune in the Finistère source</source>
        <translation>aucune commune dans la source du Finistère</translation>
    </message>
    <message>
        <source>Demo territory of the 279 communes of the Finistère département</source>
        <translation>Territoire de démonstration des 279 communes du département du Finistère</translation>
    </message>
    <message>
        <source>building demo %1 into %2</source>
        <translation>construction de la démo %1 dans %2</translation>
    </message>
    <message>
        <source>%1: assets of %2</source>
        <translation>%1 : équipements de %2</translation>
    </message>
    <message>
        <source>plugin %1: %2</source>
        <translation>extension %1 : %2</translation>
    </message>
    <message>
        <source>demo build failed</source>
        <translation>échec de la construction de la démo</translation>
    </message>
    <message>
        <source>demo %1 not built: %2</source>
        <translation>démo %1 non construite : %2</translation>
    </message>
    <message>
        <source>%1: cannot move the built demo into place</source>
        <translation>%1 : impossible de mettre en place la démo construite</translation>
    </message>
    <message>
        <source>demo %1 built: %2</source>
        <translation>démo %1 construite : %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: not a vector data source GDAL can read: %2</source>
        <translation>%1 : ce n&apos;est pas une source de données vecteur lisible par GDAL : %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>row %1, field &apos;%2&apos;: %3</source>
        <translation>ligne %1, champ « %2 » : %3</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>the territory has no layer &apos;%1&apos;</source>
        <translation>le territoire n&apos;a pas de couche « %1 »</translation>
    </message>
    <message>
        <source>the territory has no table %1</source>
        <translation>le territoire n&apos;a pas de table %1</translation>
    </message>
    <message>
        <source>%1 has no layer &apos;%2&apos; (layers: %3)</source>
        <translation>%1 n&apos;a pas de couche « %2 » (couches : %3)</translation>
    </message>
    <message>
        <source>field map: %1 has no field &apos;%2&apos; (fields: %3)</source>
        <translation>correspondance des champs : %1 n&apos;a pas de champ « %2 » (champs : %3)</translation>
    </message>
    <message>
        <source>field map: layer %1 has no field &apos;%2&apos;</source>
        <translation>correspondance des champs : la couche %1 n&apos;a pas de champ « %2 »</translation>
    </message>
    <message>
        <source>field map: field &apos;%1&apos; of layer %2 is mapped twice</source>
        <translation>correspondance des champs : le champ « %1 » de la couche %2 est associé deux fois</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of layer %2 is required but no source field maps to it</source>
        <translation>le champ « %1 » de la couche %2 est obligatoire mais aucun champ source ne lui est associé</translation>
    </message>
    <message>
        <source>territory CRS: %1</source>
        <translation>SCR du territoire : %1</translation>
    </message>
    <message>
        <source>source CRS: %1</source>
        <translation>SCR de la source : %1</translation>
    </message>
    <message>
        <source>no coordinate transformation from the source CRS to %1: %2</source>
        <translation>aucune transformation de coordonnées du SCR de la source vers %1 : %2</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1 : impossible de démarrer une transaction : %2</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>aucune géométrie</translation>
    </message>
    <message>
        <source>reprojection failed: %1</source>
        <translation>échec de la reprojection : %1</translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation>géométrie non valide</translation>
    </message>
    <message>
        <source>invalid geometry: %1</source>
        <translation>géométrie non valide : %1</translation>
    </message>
    <message>
        <source>import of %1 cancelled at row %2; nothing imported</source>
        <translation>import de %1 annulé à la ligne %2 ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1 more issues not listed</source>
        <translation>%1 autres problèmes non listés</translation>
    </message>
    <message>
        <source>%1: %2 issues, nothing imported (first: %3)</source>
        <translation>%1 : %2 problèmes, rien n&apos;a été importé (premier : %3)</translation>
    </message>
    <message>
        <source>import of %1 cancelled; nothing imported</source>
        <translation>import de %1 annulé ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: cannot commit: %2</source>
        <translation>%1 : impossible d&apos;enregistrer la transaction : %2</translation>
    </message>
    <message>
        <source>imported %1 features from %2 into %3 (%4 skipped)</source>
        <translation>%1 entités importées de %2 dans %3 (%4 ignorées)</translation>
    </message>
    <message>
        <source>%1: unsupported export format &apos;%2&apos; (use .gpkg, .geojson or .shp)</source>
        <translation>%1 : format d&apos;export « %2 » non pris en charge (utilisez .gpkg, .geojson ou .shp)</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1 : le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: cannot export a layer over its own territory</source>
        <translation>%1 : impossible d&apos;exporter une couche par-dessus son propre territoire</translation>
    </message>
    <message>
        <source>%1: export failed: %2</source>
        <translation>%1 : échec de l&apos;export : %2</translation>
    </message>
    <message>
        <source>%1: cannot move the export into place: %2</source>
        <translation>%1 : impossible de mettre en place le fichier exporté : %2</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>couche %1 exportée vers %2</translation>
    </message>
    <message>
        <source>unknown GDAL error</source>
        <translation>erreur GDAL inconnue</translation>
    </message>
    <message>
        <source>no CRS given</source>
        <translation>aucun SCR indiqué</translation>
    </message>
    <message>
        <source>invalid CRS &apos;%1&apos;: %2</source>
        <translation>SCR « %1 » non valide : %2</translation>
    </message>
    <message>
        <source>cannot create layer %1: %2</source>
        <translation>impossible de créer la couche %1 : %2</translation>
    </message>
    <message>
        <source>cannot create field %1 of layer %2: %3</source>
        <translation>impossible de créer le champ %1 de la couche %2 : %3</translation>
    </message>
    <message>
        <source>geometry type %1 does not fit a %2 layer</source>
        <translation>le type de géométrie %1 ne convient pas à une couche %2</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>« %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of the 32-bit integer range</source>
        <translation>« %1 » sort de la plage des entiers 32 bits</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean (true/false, yes/no, 1/0)</source>
        <translation>« %1 » n&apos;est pas un booléen (true/false, yes/no, oui/non, 1/0)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>« %1 » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (ISO 8601)</source>
        <translation>« %1 » n&apos;est pas une date et heure (ISO 8601)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>« %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage or corrupt: %2</source>
        <translation>%1 : ce n&apos;est pas un GeoPackage, ou il est corrompu : %2</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>contrôle d&apos;intégrité : %1</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>échec du contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>no GeoPackage tables (gpkg_contents, gpkg_spatial_ref_sys)</source>
        <translation>aucune table GeoPackage (gpkg_contents, gpkg_spatial_ref_sys)</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Vigie territory</source>
        <translation>%1 est un GeoPackage mais pas un territoire Vigie</translation>
    </message>
    <message>
        <source>%1: vigie_schema has no row for component &apos;%2&apos;</source>
        <translation>%1 : vigie_schema n&apos;a pas de ligne pour le composant « %2 »</translation>
    </message>
    <message>
        <source>%1: component &apos;%2&apos; (schema %3) has no loaded plugin; its layers are kept but not shown</source>
        <translation>%1 : aucune extension chargée pour le composant « %2 » (schéma %3) ; ses couches sont conservées mais non affichées</translation>
    </message>
    <message>
        <source>%1 was written by a newer Vigie (component %2 schema %3, this version supports %4)</source>
        <translation>%1 a été écrit par une version plus récente de Vigie (composant %2, schéma %3 ; cette version gère %4)</translation>
    </message>
    <message>
        <source>SQL failed (%1): %2</source>
        <translation>échec SQL (%1) : %2</translation>
    </message>
    <message>
        <source>%1: cannot open the GeoPackage: %2</source>
        <translation>%1 : impossible d&apos;ouvrir le GeoPackage : %2</translation>
    </message>
    <message>
        <source>plugin %1 declares schema %2 but has no migration to version %3</source>
        <translation>l&apos;extension %1 déclare le schéma %2 mais n&apos;a pas de migration vers la version %3</translation>
    </message>
    <message>
        <source>migration of %1 to schema %2 (%3) failed: %4</source>
        <translation>échec de la migration de %1 vers le schéma %2 (%3) : %4</translation>
    </message>
    <message>
        <source>%1: migrated %2 to schema %3 (%4)</source>
        <translation>%1 : %2 migré vers le schéma %3 (%4)</translation>
    </message>
    <message>
        <source>%1: added the layers of %2</source>
        <translation>%1 : couches de %2 ajoutées</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>impossible d&apos;enregistrer la transaction : %1</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Quartiers</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Voies</translation>
    </message>
    <message>
        <source>Street segment id</source>
        <translation>Identifiant du tronçon de voie</translation>
    </message>
    <message>
        <source>Street code</source>
        <translation>Code de la voie</translation>
    </message>
    <message>
        <source>Road type</source>
        <translation>Type de voie</translation>
    </message>
    <message>
        <source>One way</source>
        <translation>Sens unique</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <source>Speed limit (km/h)</source>
        <translation>Vitesse maximale autorisée (km/h)</translation>
    </message>
    <message>
        <source>Traffic (vehicles/day)</source>
        <translation>Trafic (véhicules/jour)</translation>
    </message>
    <message>
        <source>Morning peak hour (vehicles)</source>
        <translation>Heure de pointe du matin (véhicules)</translation>
    </message>
    <message>
        <source>Evening peak hour (vehicles)</source>
        <translation>Heure de pointe du soir (véhicules)</translation>
    </message>
    <message>
        <source>Count year</source>
        <translation>Année du comptage</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>Source du comptage</translation>
    </message>
    <message>
        <source>%1 already exists; a territory is never overwritten</source>
        <translation>%1 existe déjà ; un territoire n&apos;est jamais écrasé</translation>
    </message>
    <message>
        <source>the GDAL GeoPackage driver is not available</source>
        <translation>le pilote GeoPackage de GDAL n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>%1: cannot create the GeoPackage: %2</source>
        <translation>%1 : impossible de créer le GeoPackage : %2</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>layer %1 of plugin %2 is declared twice</source>
        <translation>la couche %1 de l&apos;extension %2 est déclarée deux fois</translation>
    </message>
    <message>
        <source>created territory %1 (%2)</source>
        <translation>territoire %1 créé (%2)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 opened read-only: schema migrations and new plugin layers are not applied</source>
        <translation>%1 ouvert en lecture seule : les migrations de schéma et les nouvelles couches des extensions ne sont pas appliquées</translation>
    </message>
    <message>
        <source>%1: base layer %2 is missing</source>
        <translation>%1 : la couche de base %2 est manquante</translation>
    </message>
    <message>
        <source>vigie_territory: metadata &apos;%1&apos; is missing</source>
        <translation>vigie_territory : la métadonnée « %1 » est manquante</translation>
    </message>
    <message>
        <source>vigie_territory: %1</source>
        <translation>vigie_territory : %1</translation>
    </message>
    <message>
        <source>layer %1: missing (table %2)</source>
        <translation>couche %1 : manquante (table %2)</translation>
    </message>
    <message>
        <source>layer %1: geometry type %2, expected %3</source>
        <translation>couche %1 : type de géométrie %2 au lieu de %3</translation>
    </message>
    <message>
        <source>layer %1: field &apos;%2&apos; is missing</source>
        <translation>couche %1 : le champ « %2 » est manquant</translation>
    </message>
    <message>
        <source>layer %1: field &apos;%2&apos; has type %3, expected %4</source>
        <translation>couche %1 : le champ « %2 » est de type %3 au lieu de %4</translation>
    </message>
    <message>
        <source>layer %1, fid %2: %3</source>
        <translation>couche %1, fid %2 : %3</translation>
    </message>
    <message>
        <source>layer %1: %2 more invalid geometries</source>
        <translation>couche %1 : %2 autres géométries non valides</translation>
    </message>
    <message>
        <source>%1: the CRS of an existing territory cannot be changed (%2 -&gt; %3)</source>
        <translation>%1 : le SCR d&apos;un territoire existant ne peut pas être modifié (%2 -&gt; %3)</translation>
    </message>
    <message>
        <source>%1: no layer %2</source>
        <translation>%1 : pas de couche %2</translation>
    </message>
    <message>
        <source>%1: reading %2: %3</source>
        <translation>%1 : lecture de %2 : %3</translation>
    </message>
    <message>
        <source>layer %1, feature %2: %3</source>
        <translation>couche %1, entité %2 : %3</translation>
    </message>
    <message>
        <source>the layer has no geometry</source>
        <translation>la couche n&apos;a pas de géométrie</translation>
    </message>
    <message>
        <source>unreadable WKB geometry</source>
        <translation>géométrie WKB illisible</translation>
    </message>
    <message>
        <source>layer has no field &apos;%1&apos;</source>
        <translation>la couche n&apos;a pas de champ « %1 »</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2</source>
        <translation>champ « %1 » : %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: a value is required</source>
        <translation>champ « %1 » : une valeur est obligatoire</translation>
    </message>
    <message>
        <source>a bookmark needs a name</source>
        <translation>un signet doit avoir un nom</translation>
    </message>
    <message>
        <source>%1: lighting source data not found</source>
        <translation>%1 : données sources de l&apos;éclairage public introuvables</translation>
    </message>
    <message>
        <source>%1: cannot open as a vector data set: %2</source>
        <translation>%1 : impossible d&apos;ouvrir comme jeu de données vecteur : %2</translation>
    </message>
    <message>
        <source>%1: layer %2 has no field &quot;type_lante&quot;</source>
        <translation>%1 : la couche %2 n&apos;a pas de champ « type_lante »</translation>
    </message>
    <message>
        <source>unknown territory CRS &quot;%1&quot;</source>
        <translation>SCR du territoire « %1 » inconnu</translation>
    </message>
    <message>
        <source>%1: cannot transform to the territory CRS %2</source>
        <translation>%1 : impossible de transformer vers le SCR du territoire %2</translation>
    </message>
    <message>
        <source>%1: feature %2 cannot be transformed to %3</source>
        <translation>%1 : l&apos;entité %2 ne peut pas être transformée vers %3</translation>
    </message>
    <message>
        <source>%1 given for unknown junction &quot;%2&quot;</source>
        <translation>%1 pour une jonction inconnue « %2 »</translation>
    </message>
    <message>
        <source>bad time &quot;%1&quot; for %2</source>
        <translation>valeur de temps « %1 » incorrecte pour %2</translation>
    </message>
    <message>
        <source>unknown [TIMES] keyword &quot;%1&quot;</source>
        <translation>mot-clé [TIMES] « %1 » inconnu</translation>
    </message>
    <message>
        <source>a curve point</source>
        <translation>un point de courbe</translation>
    </message>
    <message>
        <source>curve &quot;%1&quot;: x values must increase (%2 after %3)</source>
        <translation>courbe « %1 » : les valeurs x doivent être croissantes (%2 après %3)</translation>
    </message>
    <message>
        <source>a demand</source>
        <translation>une demande</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>an emitter</source>
        <translation>un émetteur</translation>
    </message>
    <message>
        <source>emitter</source>
        <translation>émetteur</translation>
    </message>
    <message>
        <source>emitter coefficient of &quot;%1&quot; is negative</source>
        <translation>le coefficient d&apos;émetteur de « %1 » est négatif</translation>
    </message>
    <message>
        <source>a status</source>
        <translation>un état</translation>
    </message>
    <message>
        <source>status given for unknown link &quot;%1&quot;</source>
        <translation>état donné pour un arc inconnu « %1 »</translation>
    </message>
    <message>
        <source>control must read &quot;LINK id status IF NODE id ABOVE|BELOW value&quot; or &quot;LINK id status AT TIME|CLOCKTIME time&quot;</source>
        <translation>une commande doit avoir la forme « LINK id état IF NODE id ABOVE|BELOW valeur » ou « LINK id état AT TIME|CLOCKTIME heure »</translation>
    </message>
    <message>
        <source>control refers to unknown link &quot;%1&quot;</source>
        <translation>la commande fait référence à l&apos;arc inconnu « %1 »</translation>
    </message>
    <message>
        <source>control refers to unknown node &quot;%1&quot;</source>
        <translation>la commande fait référence au nœud inconnu « %1 »</translation>
    </message>
    <message>
        <source>bad control time &quot;%1&quot;</source>
        <translation>heure de commande « %1 » incorrecte</translation>
    </message>
    <message>
        <source>rule action must read &quot;LINK id STATUS|SETTING = value&quot;</source>
        <translation>l&apos;action d&apos;une règle doit avoir la forme « LINK id STATUS|SETTING = valeur »</translation>
    </message>
    <message>
        <source>rule refers to unknown link &quot;%1&quot;</source>
        <translation>la règle fait référence à l&apos;arc inconnu « %1 »</translation>
    </message>
    <message>
        <source>rule action attribute must be STATUS or SETTING, not &quot;%1&quot;</source>
        <translation>l&apos;attribut de l&apos;action d&apos;une règle doit être STATUS ou SETTING, et non « %1 »</translation>
    </message>
    <message>
        <source>RULE needs an id</source>
        <translation>RULE nécessite un identifiant</translation>
    </message>
    <message>
        <source>rule clause &quot;%1&quot; before any RULE</source>
        <translation>clause de règle « %1 » avant toute RULE</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: IF must start the premises</source>
        <translation>règle « %1 » : les conditions doivent commencer par IF</translation>
    </message>
    <message>
        <source>rule condition must read &quot;IF object id attribute relation value&quot;</source>
        <translation>la condition d&apos;une règle doit avoir la forme « IF objet id attribut relation valeur »</translation>
    </message>
    <message>
        <source>rule refers to unknown %1 &quot;%2&quot;</source>
        <translation>la règle fait référence à un objet %1 inconnu « %2 »</translation>
    </message>
    <message>
        <source>unknown rule object &quot;%1&quot;</source>
        <translation>objet de règle « %1 » inconnu</translation>
    </message>
    <message>
        <source>unknown rule keyword &quot;%1&quot;</source>
        <translation>mot-clé de règle « %1 » inconnu</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; refers to undefined pattern &quot;%3&quot;</source>
        <translation>%1 « %2 » : profil « %3 » non défini</translation>
    </message>
    <message>
        <source>junction</source>
        <translation>jonction</translation>
    </message>
    <message>
        <source>demand of junction</source>
        <translation>demande de la jonction</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>réservoir</translation>
    </message>
    <message>
        <source>pump</source>
        <translation>pompe</translation>
    </message>
    <message>
        <source>pump &quot;%1&quot; refers to undefined curve &quot;%2&quot;</source>
        <translation>la pompe « %1 » fait référence à la courbe non définie « %2 »</translation>
    </message>
    <message>
        <source>tank &quot;%1&quot; refers to undefined curve &quot;%2&quot;</source>
        <translation>le château d&apos;eau « %1 » fait référence à la courbe non définie « %2 »</translation>
    </message>
    <message>
        <source>valve &quot;%1&quot; refers to undefined curve &quot;%2&quot;</source>
        <translation>la vanne « %1 » fait référence à la courbe non définie « %2 »</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>Vigie: control room for smart territories.</source>
        <translation>Vigie : salle de contrôle du territoire intelligent.</translation>
    </message>
    <message>
        <source>Territory file (.gpkg) to open; default: the last one.</source>
        <translation>Fichier de territoire (.gpkg) à ouvrir ; par défaut, le dernier ouvert.</translation>
    </message>
    <message>
        <source>User interface language: fr or en.</source>
        <translation>Langue de l&apos;interface : fr ou en.</translation>
    </message>
    <message>
        <source>Load the domain plugins from DIR.</source>
        <translation>Charger les extensions métier depuis DIR.</translation>
    </message>
    <message>
        <source>Print the time from start to the first rendered map frame, then quit (benchmark).</source>
        <translation>Afficher le temps entre le lancement et la première image de la carte, puis quitter (mesure de performance).</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (expected fr or en)</source>
        <translation>--lang : langue « %1 » inconnue (attendu : fr ou en)</translation>
    </message>
    <message>
        <source>Too many arguments: %1 (one territory file expected)</source>
        <translation>Trop d&apos;arguments : %1 (un seul fichier de territoire attendu)</translation>
    </message>
    <message>
        <source>unknown head-loss formula &quot;%1&quot;</source>
        <translation>formule de perte de charge inconnue « %1 »</translation>
    </message>
    <message>
        <source>tank &quot;%1&quot; has no diameter and no volume curve</source>
        <translation>le réservoir « %1 » n&apos;a ni diamètre ni courbe de volume</translation>
    </message>
    <message>
        <source>pump &quot;%1&quot;: head curve &quot;%2&quot; must decrease with flow</source>
        <translation>pompe « %1 » : la courbe de hauteur « %2 » doit décroître avec le débit</translation>
    </message>
    <message>
        <source>valve &quot;%1&quot;: a PRV, PSV or FCV cannot join a tank or reservoir directly</source>
        <translation>vanne « %1 » : un réducteur de pression (PRV), un maintien de pression (PSV) ou un limiteur de débit (FCV) ne peut pas être relié directement à un réservoir ou à une bâche</translation>
    </message>
    <message>
        <source>junction &quot;%1&quot; is not connected to any link</source>
        <translation>le nœud « %1 » n&apos;est relié à aucun arc</translation>
    </message>
    <message>
        <source>the network has no tank or reservoir: heads are undetermined</source>
        <translation>le réseau n&apos;a ni réservoir ni bâche : les charges sont indéterminées</translation>
    </message>
    <message>
        <source>time %1 s: the head equations are singular (a part of the network is cut off from every tank and reservoir?)</source>
        <translation>instant %1 s : les équations de charge sont singulières (une partie du réseau est-elle isolée de tout réservoir et de toute bâche ?)</translation>
    </message>
    <message>
        <source>time %1 s: the solution diverged (not a number, link #%2)</source>
        <translation>instant %1 s : la solution a divergé (valeur non numérique, arc n° %2)</translation>
    </message>
    <message>
        <source>time %1 s (%2): the hydraulic equations did not converge in %3 trials (relative flow change %4); worst-balanced node &quot;%5&quot; (flow error %6)</source>
        <translation>instant %1 s (%2) : les équations hydrauliques n&apos;ont pas convergé en %3 itérations (variation relative de débit %4) ; nœud le moins équilibré « %5 » (écart de débit %6)</translation>
    </message>
    <message>
        <source>water simulate: %1 needs a value</source>
        <translation>water simulate : %1 attend une valeur</translation>
    </message>
    <message>
        <source>water simulate: --duration needs a number of hours &gt;= 0, not &quot;%1&quot;</source>
        <translation>water simulate : --duration attend un nombre d&apos;heures &gt;= 0, pas « %1 »</translation>
    </message>
    <message>
        <source>water simulate: unknown option &quot;%1&quot;</source>
        <translation>water simulate : option inconnue « %1 »</translation>
    </message>
    <message>
        <source>water simulate: more than one input file (&quot;%1&quot;, &quot;%2&quot;)</source>
        <translation>water simulate : plus d&apos;un fichier d&apos;entrée (« %1 », « %2 »)</translation>
    </message>
    <message>
        <source>water simulate: an input file and --out DIR are required</source>
        <translation>water simulate : un fichier d&apos;entrée et --out DOSSIER sont requis</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation>%1 : impossible de créer le dossier de sortie</translation>
    </message>
    <message>
        <source>warning: time %1 s: unbalanced solution accepted (UNBALANCED CONTINUE)</source>
        <translation>avertissement : instant %1 s : solution non équilibrée acceptée (UNBALANCED CONTINUE)</translation>
    </message>
    <message>
        <source>%1: cannot write the results</source>
        <translation>%1 : impossible d&apos;écrire les résultats</translation>
    </message>
    <message>
        <source>%1: %2 hydraulic solutions (%3 trials), %4 reporting periods in %5 ms; results in %6</source>
        <translation>%1 : %2 résolutions hydrauliques (%3 itérations), %4 pas de rapport en %5 ms ; résultats dans %6</translation>
    </message>
    <message>
        <source>Water networks: simulates an EPANET model (water simulate NET.inp --out DIR).</source>
        <translation>Réseaux d&apos;eau : simule un modèle EPANET (water simulate NET.inp --out DOSSIER).</translation>
    </message>
    <message>
        <source>water: unknown command &quot;%1&quot;</source>
        <translation>water : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>Une dérogation doit être motivée.</translation>
    </message>
    <message>
        <source>An override needs a project.</source>
        <translation>Une dérogation doit porter sur un projet.</translation>
    </message>
    <message>
        <source>%1: cannot read the audit log: %2</source>
        <translation>%1 : impossible de lire le journal d&apos;audit : %2</translation>
    </message>
    <message>
        <source>%1: offset %2: not a valid audit log: %3</source>
        <translation>%1 : position %2 : journal d&apos;audit non valide : %3</translation>
    </message>
    <message>
        <source>%1: override %2: project, action (include or exclude) and reason are required</source>
        <translation>%1 : dérogation %2 : le projet, l&apos;action (include ou exclude) et le motif sont obligatoires</translation>
    </message>
    <message>
        <source>%1 % %2-%3</source>
        <translation>%1 % %2-%3</translation>
    </message>
    <message>
        <source>below 40 %</source>
        <translation>moins de 40 %</translation>
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
        <translation>pleine puissance toute la nuit</translation>
    </message>
    <message>
        <source>cannot write the chart image %1</source>
        <translation>impossible d&apos;écrire l&apos;image du graphique %1</translation>
    </message>
    <message>
        <source>pressure-driven analysis needs REQUIRED PRESSURE above MINIMUM PRESSURE (by 0.1 at least) and a positive PRESSURE EXPONENT</source>
        <translation>l&apos;analyse en demande dépendante de la pression nécessite une REQUIRED PRESSURE supérieure à la MINIMUM PRESSURE (d&apos;au moins 0,1) et un PRESSURE EXPONENT positif</translation>
    </message>
    <message>
        <source>line %1: rule &quot;%2&quot;: %3</source>
        <translation>ligne %1 : règle « %2 » : %3</translation>
    </message>
    <message>
        <source>unknown relation &quot;%1&quot;</source>
        <translation>relation « %1 » inconnue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time</source>
        <translation>« %1 » n&apos;est pas une valeur de temps</translation>
    </message>
    <message>
        <source>unknown system attribute &quot;%1&quot;</source>
        <translation>attribut système « %1 » inconnu</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; does not apply to node &quot;%2&quot;</source>
        <translation>l&apos;attribut « %1 » ne s&apos;applique pas au nœud « %2 »</translation>
    </message>
    <message>
        <source>status must be OPEN, CLOSED or ACTIVE, not &quot;%1&quot;</source>
        <translation>l&apos;état doit valoir OPEN, CLOSED ou ACTIVE, et non « %1 »</translation>
    </message>
    <message>
        <source>a status is compared with IS or NOT only</source>
        <translation>un état ne se compare qu&apos;avec IS ou NOT</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; does not apply to link &quot;%2&quot;</source>
        <translation>l&apos;attribut « %1 » ne s&apos;applique pas à l&apos;arc « %2 »</translation>
    </message>
    <message>
        <source>unknown object &quot;%1&quot;</source>
        <translation>objet « %1 » inconnu</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; has no numeric setting</source>
        <translation>l&apos;arc « %1 » n&apos;a pas de consigne numérique</translation>
    </message>
    <message>
        <source>line %1: [ENERGY]: %2</source>
        <translation>ligne %1 : [ENERGY] : %2</translation>
    </message>
    <message>
        <source>unknown pump &quot;%1&quot;</source>
        <translation>pompe « %1 » inconnue</translation>
    </message>
    <message>
        <source>expected &quot;PUMP id EFFIC|PRICE|PATTERN value&quot;</source>
        <translation>attendu : « PUMP id EFFIC|PRICE|PATTERN valeur »</translation>
    </message>
    <message>
        <source>unknown efficiency curve &quot;%1&quot;</source>
        <translation>courbe de rendement « %1 » inconnue</translation>
    </message>
    <message>
        <source>efficiency curve &quot;%1&quot; has no point</source>
        <translation>la courbe de rendement « %1 » n&apos;a aucun point</translation>
    </message>
    <message>
        <source>efficiency must be a percentage, not &quot;%1&quot;</source>
        <translation>le rendement doit être un pourcentage, et non « %1 »</translation>
    </message>
    <message>
        <source>price must be a number &gt;= 0, not &quot;%1&quot;</source>
        <translation>le prix doit être un nombre &gt;= 0, et non « %1 »</translation>
    </message>
    <message>
        <source>unknown pattern &quot;%1&quot;</source>
        <translation>profil « %1 » inconnu</translation>
    </message>
    <message>
        <source>unknown keyword &quot;%1&quot;</source>
        <translation>mot-clé « %1 » inconnu</translation>
    </message>
    <message>
        <source>demand charge must be a number &gt;= 0, not &quot;%1&quot;</source>
        <translation>la prime de puissance (demand charge) doit être un nombre &gt;= 0, et non « %1 »</translation>
    </message>
    <message>
        <source>check valve &quot;%1&quot; kept changing status and was held %2 (flow %3)</source>
        <translation>le clapet anti-retour « %1 » changeait sans cesse d&apos;état et a été maintenu %2 (débit %3)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
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
        <translation>Utilisation : vigie-cli water simulate NET.inp --out DOSSIER [--duration HEURES]

Lance une simulation hydraulique de longue durée d&apos;un fichier EPANET et écrit,
à chaque pas de rapport et dans les unités du réseau :
  DOSSIER/nodes.csv  time_s,node_id,demand,head,pressure
  DOSSIER/links.csv  time_s,link_id,flow,velocity,headloss,status
  DOSSIER/energy.csv pump_id,utilization_pct,efficiency_pct,kwh_per_volume,average_kw,peak_kw,kwh,cost,cost_per_day
                     (volume : millions de gallons US en unités US, m3 en unités SI ; dernière ligne : prime de puissance)

Options :
  --out DOSSIER      dossier de sortie (créé s&apos;il manque)
  --duration HEURES  durée simulée au lieu de la Duration de la section [TIMES]
  -h, --help         cette aide

Codes de sortie : 0 succès, 1 échec de la simulation (par ex. non-convergence),
2 erreur d&apos;utilisation, 3 fichier d&apos;entrée illisible ou invalide.
</translation>
    </message>
    <message>
        <source>warning: time %1 s: %2</source>
        <translation>avertissement : instant %1 s : %2</translation>
    </message>
    <message>
        <source>cannot read the feed configuration %1: %2</source>
        <translation>impossible de lire la configuration de flux %1 : %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1 : JSON non valide à l&apos;octet %2 : %3</translation>
    </message>
    <message>
        <source>%1: a feed configuration is a JSON object</source>
        <translation>%1 : une configuration de flux doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1: field &quot;authcfg&quot; must be the id of a QGIS authentication configuration (a string)</source>
        <translation>%1 : le champ &quot;authcfg&quot; doit être l&apos;identifiant d&apos;une configuration d&apos;authentification QGIS (une chaîne)</translation>
    </message>
    <message>
        <source>the QGIS authentication manager is not available (authentication configuration %1)</source>
        <translation>le gestionnaire d&apos;authentification de QGIS n&apos;est pas disponible (configuration d&apos;authentification %1)</translation>
    </message>
    <message>
        <source>no QGIS authentication configuration with id %1</source>
        <translation>aucune configuration d&apos;authentification QGIS d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>cannot read QGIS authentication configuration %1 (master password not given or wrong)</source>
        <translation>impossible de lire la configuration d&apos;authentification QGIS %1 (mot de passe principal absent ou erroné)</translation>
    </message>
    <message>
        <source>QGIS authentication configuration %1 uses the %2 method; an MQTT feed needs Basic (user name and password)</source>
        <translation>la configuration d&apos;authentification QGIS %1 utilise la méthode %2 ; un flux MQTT nécessite la méthode Basic (nom d&apos;utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>EN 13201 class</source>
        <translation>Classe EN 13201</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Proposed dimming</source>
        <translation>Gradation proposée</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Class family</source>
        <translation>Famille de classes</translation>
    </message>
    <message>
        <source>Luminaires</source>
        <translation>Points lumineux</translation>
    </message>
    <message>
        <source>Why this class</source>
        <translation>Justification de la classe</translation>
    </message>
    <message>
        <source>Proposed dimming profile</source>
        <translation>Profil de gradation proposé</translation>
    </message>
    <message>
        <source>Night-mean level (%)</source>
        <translation>Niveau moyen de nuit (%)</translation>
    </message>
    <message>
        <source>Segment index</source>
        <translation>Index du tronçon</translation>
    </message>
    <message>
        <source>Lighting classes</source>
        <translation>Classes d&apos;éclairage</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Lamp technology</source>
        <translation>Technologie de la lampe</translation>
    </message>
    <message>
        <source>Lamp power (W)</source>
        <translation>Puissance de la lampe (W)</translation>
    </message>
    <message>
        <source>System power (W)</source>
        <translation>Puissance système (W)</translation>
    </message>
    <message>
        <source>Dimmable</source>
        <translation>Gradable</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Armoire</translation>
    </message>
    <message>
        <source>LED retrofit year</source>
        <translation>Année de passage en LED</translation>
    </message>
    <message>
        <source>Luminaire index</source>
        <translation>Index du luminaire</translation>
    </message>
    <message>
        <source>Luminaires (analysis)</source>
        <translation>Luminaires (analyse)</translation>
    </message>
    <message>
        <source>Lit streets</source>
        <translation>Voies éclairées</translation>
    </message>
    <message>
        <source>up to 60 W</source>
        <translation>jusqu&apos;à 60 W</translation>
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
        <translation>plus de 300 W</translation>
    </message>
    <message>
        <source>Street lighting report</source>
        <translation>Rapport d&apos;éclairage public</translation>
    </message>
    <message>
        <source>Street lighting — %1</source>
        <translation>Éclairage public — %1</translation>
    </message>
    <message>
        <source>%1 luminaires, %2 lit streets, %3 lit hours per year · Vigie, %4</source>
        <translation>%1 luminaires, %2 voies éclairées, %3 heures d&apos;éclairage par an · Vigie, %4</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Par an</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Dimming only</source>
        <translation>Gradation seule</translation>
    </message>
    <message>
        <source>After the plan</source>
        <translation>Après le plan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Energy (MWh)</source>
        <translation>Énergie (MWh)</translation>
    </message>
    <message>
        <source>Cost (k€)</source>
        <translation>Coût (k€)</translation>
    </message>
    <message>
        <source>CO₂ (t)</source>
        <translation>CO₂ (t)</translation>
    </message>
    <message>
        <source>Retrofit plan</source>
        <translation>Plan de passage en LED</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>%1 k€</source>
        <translation>%1 k€</translation>
    </message>
    <message>
        <source>CEE subsidies</source>
        <translation>Primes CEE</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Temps de retour</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>NPV of savings</source>
        <translation>VAN des économies</translation>
    </message>
    <message>
        <source>Gap to the LP bound</source>
        <translation>Écart à la borne PL</translation>
    </message>
    <message>
        <source>Compliance (street × band)</source>
        <translation>Conformité (voie × plage horaire)</translation>
    </message>
    <message>
        <source>%1 % of %2 cells</source>
        <translation>%1 % de %2 cellules</translation>
    </message>
    <message>
        <source>Budget %1 k€ per year over %2 years (%3)</source>
        <translation>Budget de %1 k€ par an sur %2 ans (%3)</translation>
    </message>
    <message>
        <source>whole cabinets</source>
        <translation>armoires entières</translation>
    </message>
    <message>
        <source>single luminaires</source>
        <translation>luminaires à l&apos;unité</translation>
    </message>
    <message>
        <source>Tariff %1 / %2 €/kWh (peak / off-peak)</source>
        <translation>Tarif %1 / %2 €/kWh (heures pleines / heures creuses)</translation>
    </message>
    <message>
        <source>%1 kg CO₂e/kWh; CEE %2 € per luminaire</source>
        <translation>%1 kg CO₂e/kWh ; CEE %2 € par point lumineux</translation>
    </message>
    <message>
        <source>P-class streets switched off %1-%2</source>
        <translation>Voies de classe P éteintes de %1 à %2</translation>
    </message>
    <message>
        <source>No switch-off window</source>
        <translation>Pas de plage d&apos;extinction</translation>
    </message>
    <message>
        <source>Energy, savings and plan</source>
        <translation>Énergie, économies et plan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Cabinets</source>
        <translation>Armoires</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>CEE (k€)</source>
        <translation>CEE (k€)</translation>
    </message>
    <message>
        <source>MWh saved/yr</source>
        <translation>MWh économisés/an</translation>
    </message>
    <message>
        <source>Design class</source>
        <translation>Classe d&apos;éclairage</translation>
    </message>
    <message>
        <source>Street × band cells</source>
        <translation>Cellules voie × plage horaire</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conformes</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>run the optimisation before exporting the report</source>
        <translation>lancez l&apos;optimisation avant d&apos;exporter le rapport</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>the print layout could not be exported to PDF (QGIS exporter code %1)</source>
        <translation>la mise en page n&apos;a pas pu être exportée en PDF (code de l&apos;exporteur QGIS %1)</translation>
    </message>
    <message>
        <source>cannot read the exported PDF %1</source>
        <translation>impossible de lire le PDF exporté %1</translation>
    </message>
    <message>
        <source>%1: cannot read the PostGIS database: %2</source>
        <translation>%1 : impossible de lire la base de données PostGIS : %2</translation>
    </message>
    <message>
        <source>%1: cannot connect to PostgreSQL: %2</source>
        <translation>%1 : impossible de se connecter à PostgreSQL : %2</translation>
    </message>
    <message>
        <source>the PostGIS extension is not installed in this database</source>
        <translation>l&apos;extension PostGIS n&apos;est pas installée dans cette base de données</translation>
    </message>
    <message>
        <source>%1 is a PostGIS database but not a Vigie territory</source>
        <translation>%1 est une base de données PostGIS mais pas un territoire Vigie</translation>
    </message>
    <message>
        <source>%1: cannot open the PostGIS database: %2</source>
        <translation>%1 : impossible d&apos;ouvrir la base de données PostGIS : %2</translation>
    </message>
    <message>
        <source>%1 already holds a territory; a territory is never overwritten</source>
        <translation>%1 contient déjà un territoire ; un territoire n&apos;est jamais écrasé</translation>
    </message>
    <message>
        <source>%1: the database already has a table %2; use an empty database</source>
        <translation>%1 : la base de données contient déjà une table %2 ; utilisez une base de données vide</translation>
    </message>
    <message>
        <source>%1: PostGIS is not available in the database (CREATE EXTENSION postgis: %2)</source>
        <translation>%1 : PostGIS n&apos;est pas disponible dans la base de données (CREATE EXTENSION postgis : %2)</translation>
    </message>
    <message>
        <source>credentials of the PostGIS connection: %1</source>
        <translation>identifiants de la connexion PostGIS : %1</translation>
    </message>
    <message>
        <source>PostGIS service %1</source>
        <translation>service PostGIS %1</translation>
    </message>
    <message>
        <source>PostGIS %1</source>
        <translation>PostGIS %1</translation>
    </message>
    <message>
        <source>PostGIS %1 on %2</source>
        <translation>PostGIS %1 sur %2</translation>
    </message>
    <message>
        <source>your database role</source>
        <translation>votre rôle de base de données</translation>
    </message>
    <message>
        <source>the database role %1</source>
        <translation>le rôle de base de données %1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the change: %1 lacks the right to write table %2 (read-only access). Nothing was changed. Ask the territory&apos;s administrator for the operator or planner role.</source>
        <translation>PostgreSQL a refusé la modification : %1 n&apos;a pas le droit d&apos;écrire dans la table %2 (accès en lecture seule). Rien n&apos;a été modifié. Demandez à l&apos;administrateur du territoire le rôle opérateur (operator) ou planificateur (planner).</translation>
    </message>
    <message>
        <source>PostgreSQL refused the change: in table %1, %2 may only write rows of its own commune. Nothing was changed.</source>
        <translation>PostgreSQL a refusé la modification : dans la table %1, %2 ne peut écrire que les lignes de sa propre commune. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>fid %1: invalid geometry</source>
        <translation>fid %1 : géométrie non valide</translation>
    </message>
    <message>
        <source>layer table %1 is missing</source>
        <translation>la table de couche %1 est absente</translation>
    </message>
    <message>
        <source>table %1, fid %2: the feature is gone</source>
        <translation>table %1, fid %2 : l&apos;entité n&apos;existe plus</translation>
    </message>
    <message>
        <source>table %1, fid %2: %3</source>
        <translation>table %1, fid %2 : %3</translation>
    </message>
    <message>
        <source>table %1, key %2: %3</source>
        <translation>table %1, clé %2 : %3</translation>
    </message>
    <message>
        <source>%1 is not an offline checkout (no %2 table): create one with vigie-cli territory checkout</source>
        <translation>%1 n&apos;est pas une copie hors ligne (pas de table %2) : créez-en une avec vigie-cli territory checkout</translation>
    </message>
    <message>
        <source>%1: the checkout names no source</source>
        <translation>%1 : la copie hors ligne n&apos;indique aucune source</translation>
    </message>
    <message>
        <source>%1 already exists: a checkout never overwrites a file</source>
        <translation>%1 existe déjà : une extraction n&apos;écrase jamais un fichier</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>stopped by the test hook</source>
        <translation>arrêté par le crochet de test</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>impossible de valider</translation>
    </message>
    <message>
        <source>no bookmark %1 in %2</source>
        <translation>aucun signet %1 dans %2</translation>
    </message>
</context>
<context>
    <name>vigie::AgendaEditor</name>
    <message>
        <source>Meeting agendas — %1</source>
        <translation>Ordres du jour des réunions — %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordre du jour :</translation>
    </message>
    <message>
        <source>Title of the deck, e.g. Conseil municipal du 12 décembre</source>
        <translation>Titre du diaporama, p. ex. Conseil municipal du 12 décembre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Deck &amp;title:</source>
        <translation>&amp;Titre du diaporama :</translation>
    </message>
    <message>
        <source>Language of the deck:</source>
        <translation>Langue du diaporama :</translation>
    </message>
    <message>
        <source>Slides the territory can give; greyed ones are missing (the reason is in their tooltip). Double-click to add.</source>
        <translation>Diapositives que le territoire peut fournir ; celles en grisé sont indisponibles (la raison figure dans leur info-bulle). Double-cliquez pour ajouter.</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Ajouter →</translation>
    </message>
    <message>
        <source>Available slides</source>
        <translation>Diapositives disponibles</translation>
    </message>
    <message>
        <source>The slides of the agenda in their order: drag to reorder, double-click (or F2) to change a title</source>
        <translation>Diapositives de l&apos;ordre du jour, dans leur ordre de passage : faites-les glisser pour les réordonner, double-cliquez (ou F2) pour modifier un titre</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Original t&amp;itle</source>
        <translation>Titre d&apos;ori&amp;gine</translation>
    </message>
    <message>
        <source>Slides of this agenda, in order</source>
        <translation>Diapositives de cet ordre du jour, dans leur ordre de passage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exporter en P&amp;NG…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Drop the changes to « %1 »?</source>
        <translation>Abandonner les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Deck written: %1</source>
        <translation>Diaporama enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written in %1</source>
        <translation>
            <numerusform>%n image enregistrée dans %1</numerusform>
            <numerusform>%n images enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The deck could not be exported: %1</source>
        <translation>Le diaporama n&apos;a pas pu être exporté : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) available.</source>
        <translation>
            <numerusform>%n diapositive disponible.</numerusform>
            <numerusform>%n diapositives disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The slides of the territory cannot be listed: %1</source>
        <translation>Impossible de recenser les diapositives du territoire : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The agendas of %1 cannot be read: %2</source>
        <translation>Impossible de lire les ordres du jour de %1 : %2</translation>
    </message>
    <message>
        <source>The agenda « %1 » cannot be read: %2</source>
        <translation>Impossible de lire l&apos;ordre du jour « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 — slide « %2 » (%3)</source>
        <translation>%1 — diapositive « %2 » (%3)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Indisponible : %1</translation>
    </message>
    <message>
        <source>The territory cannot give the slide « %1 »: the deck will say what is missing.</source>
        <translation>Le territoire ne peut pas fournir la diapositive « %1 » : le diaporama indiquera ce qui manque.</translation>
    </message>
    <message>
        <source>Listing the slides of the territory…</source>
        <translation>Recensement des diapositives du territoire…</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (indisponible)</translation>
    </message>
    <message>
        <source>Slide « %1 » (%2)</source>
        <translation>Diapositive « %1 » (%2)</translation>
    </message>
    <message>
        <source>The territory has no slide « %1 ».</source>
        <translation>Le territoire n&apos;a pas de diapositive « %1 ».</translation>
    </message>
    <message>
        <source>The agenda has no name.</source>
        <translation>L&apos;ordre du jour n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The agenda « %1 » was not saved in %2: %3</source>
        <translation>L&apos;ordre du jour « %1 » n&apos;a pas été enregistré dans %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Agenda « %1 » saved in the territory (%n slide(s)).</source>
        <translation>
            <numerusform>Ordre du jour « %1 » enregistré dans le territoire (%n diapositive).</numerusform>
            <numerusform>Ordre du jour « %1 » enregistré dans le territoire (%n diapositives).</numerusform>
        </translation>
    </message>
    <message>
        <source>The new agenda needs a name.</source>
        <translation>Le nouvel ordre du jour doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already an agenda named « %1 ».</source>
        <translation>Un ordre du jour nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Agenda « %1 » created.</source>
        <translation>Ordre du jour « %1 » créé.</translation>
    </message>
    <message>
        <source>The agenda « %1 » was not deleted from %2: %3</source>
        <translation>L&apos;ordre du jour « %1 » n&apos;a pas été supprimé de %2 : %3</translation>
    </message>
    <message>
        <source>no agenda selected</source>
        <translation>aucun ordre du jour sélectionné</translation>
    </message>
    <message>
        <source>Agenda « %1 » deleted.</source>
        <translation>Ordre du jour « %1 » supprimé.</translation>
    </message>
    <message>
        <source>New agenda</source>
        <translation>Nouvel ordre du jour</translation>
    </message>
    <message>
        <source>Name of the agenda (a short key, e.g. commission-travaux):</source>
        <translation>Nom de l&apos;ordre du jour (une clé courte, p. ex. commission-travaux) :</translation>
    </message>
    <message>
        <source>Duplicate the agenda</source>
        <translation>Dupliquer l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie :</translation>
    </message>
    <message>
        <source>Delete the agenda</source>
        <translation>Supprimer l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Delete the agenda « %1 » from the territory? A default agenda comes back as it was.</source>
        <translation>Supprimer l&apos;ordre du jour « %1 » du territoire ? Un ordre du jour par défaut est rétabli dans son état d&apos;origine.</translation>
    </message>
    <message>
        <source>The agenda has no slide to export.</source>
        <translation>L&apos;ordre du jour ne contient aucune diapositive à exporter.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Export the deck as PDF</source>
        <translation>Exporter le diaporama en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PNG images of the deck</source>
        <translation>Dossier des images PNG de la présentation</translation>
    </message>
    <message>
        <source>Save the changes to « %1 »?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmsPanel</name>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>%1 (back to normal)</source>
        <translation>%1 (retour à la normale)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Opérateur :</translation>
    </message>
    <message>
        <source>Name recorded with acknowledge and clear (your session&apos;s user name by default)</source>
        <translation>Nom enregistré lors de l&apos;acquittement et de la clôture (par défaut, le nom d&apos;utilisateur de votre session)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Clôturer</translation>
    </message>
    <message>
        <source>Show cleared</source>
        <translation>Afficher les alarmes clôturées</translation>
    </message>
    <message>
        <source>(unbound)</source>
        <translation>(non rattaché)</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s)</source>
        <translation>
            <numerusform>%n alarme en cours</numerusform>
            <numerusform>%n alarmes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the operator&apos;s name before acknowledging an alarm.</source>
        <translation>Indiquez le nom de l&apos;opérateur avant d&apos;acquitter une alarme.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name before clearing an alarm.</source>
        <translation>Indiquez le nom de l&apos;opérateur avant de clôturer une alarme.</translation>
    </message>
</context>
<context>
    <name>vigie::AttributePanel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&lt;i&gt;Italic values marked “simulated”&lt;/i&gt; were generated for the demonstration: they are not measured data.</source>
        <translation>&lt;i&gt;Les valeurs en italique marquées « simulé »&lt;/i&gt; ont été générées pour la démonstration : ce ne sont pas des données mesurées.</translation>
    </message>
    <message>
        <source>Choose the Identify tool and click a feature on the map.</source>
        <translation>Choisissez l&apos;outil « Identifier des entités » et cliquez sur une entité de la carte.</translation>
    </message>
    <message>
        <source>No feature at %1.</source>
        <translation>Aucune entité au point %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) at %1</source>
        <translation>
            <numerusform>%n entité au point %1</numerusform>
            <numerusform>%n entités au point %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simulé)</translation>
    </message>
    <message>
        <source>Simulated value: generated for the demonstration, not measured</source>
        <translation>Valeur simulée : générée pour la démonstration, non mesurée</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Aucune valeur</translation>
    </message>
</context>
<context>
    <name>vigie::BookmarksPanel</name>
    <message>
        <source>Add a bookmark for the current view</source>
        <translation>Ajouter un signet pour la vue actuelle</translation>
    </message>
    <message>
        <source>Zoom to the selected bookmark</source>
        <translation>Zoomer sur le signet sélectionné</translation>
    </message>
    <message>
        <source>Rename the selected bookmark</source>
        <translation>Renommer le signet sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected bookmark</source>
        <translation>Supprimer le signet sélectionné</translation>
    </message>
    <message>
        <source>Double-click to zoom; press F2 to rename</source>
        <translation>Double-cliquez pour zoomer ; appuyez sur F2 pour renommer</translation>
    </message>
</context>
<context>
    <name>vigie::BudgetBarChart</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
<context>
    <name>vigie::BudgetMap</name>
    <message>
        <source>Participatory budget projects</source>
        <translation>Projets du budget participatif</translation>
    </message>
    <message>
        <source>On the map: %1 projects by their coordinates, %2 in their district.</source>
        <translation>Sur la carte : %1 projets placés selon leurs coordonnées, %2 dans leur quartier.</translation>
    </message>
    <message>
        <source>%1 projects have neither coordinates nor a district of this territory.</source>
        <translation>%1 projets n&apos;ont ni coordonnées ni quartier de ce territoire.</translation>
    </message>
    <message>
        <source>Funded by both rules</source>
        <translation>Financé par les deux règles</translation>
    </message>
    <message>
        <source>Funded by rule A only</source>
        <translation>Financé par la règle A seulement</translation>
    </message>
    <message>
        <source>Funded by rule B only</source>
        <translation>Financé par la règle B seulement</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Non financé</translation>
    </message>
</context>
<context>
    <name>vigie::BudgetOverrideDialog</name>
    <message>
        <source>Override the outcome</source>
        <translation>Déroger au résultat</translation>
    </message>
    <message>
        <source>Project %1 is currently %2 by the rule. The override, your user name, the time and the reason are kept in the audit log.</source>
        <translation>Le projet %1 est actuellement %2 par la règle. La dérogation, votre nom d&apos;utilisateur, l&apos;horodatage et le motif sont conservés dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>financé</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>non financé</translation>
    </message>
    <message>
        <source>Include the project</source>
        <translation>Inclure le projet</translation>
    </message>
    <message>
        <source>Exclude the project</source>
        <translation>Exclure le projet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Mandatory: why the outcome of the rule is overridden</source>
        <translation>Obligatoire : motif de la dérogation au résultat de la règle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>vigie::BudgetPanel</name>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a participatory-budget file (Pabulib .pb)</source>
        <translation>Ouvrir un fichier de budget participatif (Pabulib .pb)</translation>
    </message>
    <message>
        <source>No participatory budget open</source>
        <translation>Aucun budget participatif ouvert</translation>
    </message>
    <message>
        <source>Completion of the Method of Equal Shares</source>
        <translation>Complément de la méthode des parts égales</translation>
    </message>
    <message>
        <source>Rule A</source>
        <translation>Règle A</translation>
    </message>
    <message>
        <source>Rule B</source>
        <translation>Règle B</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Dérogation…</translation>
    </message>
    <message>
        <source>Include or exclude the selected project, with a reason kept in the audit log</source>
        <translation>Inclure ou exclure le projet sélectionné, avec un motif conservé dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tableau en CSV…</translation>
    </message>
    <message>
        <source>Pabulib file (.pb)…</source>
        <translation>Fichier Pabulib (.pb)…</translation>
    </message>
    <message>
        <source>Report for the council (PDF)…</source>
        <translation>Rapport pour le conseil municipal (PDF)…</translation>
    </message>
    <message>
        <source>Select a project to see why it was funded or not.</source>
        <translation>Sélectionnez un projet pour voir pourquoi il a été financé ou non.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Funded amount by category</source>
        <translation>Montant financé par catégorie</translation>
    </message>
    <message>
        <source>Funded amount by district</source>
        <translation>Montant financé par quartier</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Overrides (audit log)</source>
        <translation>Dérogations (journal d&apos;audit)</translation>
    </message>
    <message>
        <source>%1: %2 projects, %3 voters, budget %4%5</source>
        <translation>%1 : %2 projets, %3 votants, budget %4%5</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Open a participatory-budget file first.</source>
        <translation>Ouvrez d&apos;abord un fichier de budget participatif.</translation>
    </message>
    <message>
        <source>Rule A: %1</source>
        <translation>Règle A : %1</translation>
    </message>
    <message>
        <source>Rule B: %1</source>
        <translation>Règle B : %1</translation>
    </message>
    <message>
        <source>Budget %1.</source>
        <translation>Budget %1.</translation>
    </message>
    <message>
        <source>Rule A (%1): %2 projects funded, cost %3.</source>
        <translation>Règle A (%1) : %2 projets financés, coût %3.</translation>
    </message>
    <message>
        <source>Rule B (%1): %2 projects funded, cost %3.</source>
        <translation>Règle B (%1) : %2 projets financés, coût %3.</translation>
    </message>
    <message>
        <source>Funded by only one of the two rules (highlighted): %1.</source>
        <translation>Financés par une seule des deux règles (en surbrillance) : %1.</translation>
    </message>
    <message>
        <source>After the overrides: %1 projects funded, cost %2.</source>
        <translation>Après les dérogations : %1 projets financés, coût %2.</translation>
    </message>
    <message>
        <source>Over budget by %1.</source>
        <translation>Dépassement du budget de %1.</translation>
    </message>
    <message>
        <source>Funded amount</source>
        <translation>Montant financé</translation>
    </message>
    <message>
        <source>Voter satisfaction</source>
        <translation>Satisfaction des votants</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 projects)</source>
        <translation>%1 (%2 projets sur %3)</translation>
    </message>
    <message>
        <source>Funded amount by district, rule A (%1)</source>
        <translation>Montant financé par quartier, règle A (%1)</translation>
    </message>
    <message>
        <source>Funded amount by category, rule A (%1)</source>
        <translation>Montant financé par catégorie, règle A (%1)</translation>
    </message>
    <message>
        <source>%1 funded</source>
        <translation>%1 financé(s)</translation>
    </message>
    <message>
        <source>%1 voters</source>
        <translation>%1 votants</translation>
    </message>
    <message>
        <source>Voters by funded projects on their ballot, rule A: %1% with at least one</source>
        <translation>Votants selon le nombre de projets financés sur leur bulletin, règle A : %1 % en ont au moins un</translation>
    </message>
    <message>
        <source>Included by an administrator override.</source>
        <translation>Inclus par une dérogation administrateur.</translation>
    </message>
    <message>
        <source>Excluded by an administrator override.</source>
        <translation>Exclu par une dérogation administrateur.</translation>
    </message>
    <message>
        <source>Open a participatory-budget file and wait for the rules first.</source>
        <translation>Ouvrez d&apos;abord un fichier de budget participatif et attendez le calcul des règles.</translation>
    </message>
    <message>
        <source>%1: no project with id &quot;%2&quot;.</source>
        <translation>%1 : aucun projet d&apos;identifiant « %2 ».</translation>
    </message>
    <message>
        <source>Override by %1: %2 project %3 (%4)</source>
        <translation>Dérogation par %1 : %2 le projet %3 (%4)</translation>
    </message>
    <message>
        <source>include</source>
        <translation>inclure</translation>
    </message>
    <message>
        <source>exclude</source>
        <translation>exclure</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 project %4 (rule %5): %6</source>
        <translation>%1 — %2 — %3 le projet %4 (règle %5) : %6</translation>
    </message>
    <message>
        <source>Participatory budget: %1</source>
        <translation>Budget participatif : %1</translation>
    </message>
    <message>
        <source>Rule: %1. Budget: %2. Projects: %3. Voters: %4.</source>
        <translation>Règle : %1. Budget : %2. Projets : %3. Votants : %4.</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Projets financés</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>override</source>
        <translation>dérogation</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>Total: %1 projects, %2 of a budget of %3 (rule alone: %4 projects, %5).</source>
        <translation>Total : %1 projets, %2 sur un budget de %3 (règle seule : %4 projets, %5).</translation>
    </message>
    <message>
        <source>Administrator overrides</source>
        <translation>Dérogations administrateur</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Budget participatif</translation>
    </message>
    <message>
        <source>%1: the PDF could not be produced</source>
        <translation>%1 : le PDF n&apos;a pas pu être produit</translation>
    </message>
    <message>
        <source>Open a participatory budget</source>
        <translation>Ouvrir un budget participatif</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb);;All files (*)</source>
        <translation>Fichiers Pabulib (*.pb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the projects table</source>
        <translation>Exporter le tableau des projets</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the Pabulib file</source>
        <translation>Exporter le fichier Pabulib</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb)</source>
        <translation>Fichiers Pabulib (*.pb)</translation>
    </message>
    <message>
        <source>Export the report for the council</source>
        <translation>Exporter le rapport pour le conseil municipal</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attach to territory</source>
        <translation>Rattacher au territoire</translation>
    </message>
    <message>
        <source>Store this vote and rule A&apos;s result in the open territory: the review deck and vigie-cli budget show then give it (overrides are not included)</source>
        <translation>Enregistrer ce vote et le résultat de la règle A dans le territoire ouvert : le diaporama et vigie-cli budget show le présentent ensuite (les dérogations ne sont pas incluses)</translation>
    </message>
    <message>
        <source>Open a territory and a participatory-budget file first.</source>
        <translation>Ouvrez d&apos;abord un territoire et un fichier de budget participatif.</translation>
    </message>
    <message>
        <source>Cannot attach %1 to the territory: %2</source>
        <translation>Impossible de rattacher %1 au territoire : %2</translation>
    </message>
    <message>
        <source>%1 attached to the territory: the review deck shows its result.</source>
        <translation>%1 rattaché au territoire : le diaporama en présente le résultat.</translation>
    </message>
</context>
<context>
    <name>vigie::BudgetProjectModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Funded by rule A only</source>
        <translation>Financé par la règle A seulement</translation>
    </message>
    <message>
        <source>Funded by rule B only</source>
        <translation>Financé par la règle B seulement</translation>
    </message>
    <message>
        <source>included</source>
        <translation>inclus</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Funded (A: %1)</source>
        <translation>Financé (A : %1)</translation>
    </message>
    <message>
        <source>Funded (A)</source>
        <translation>Financé (A)</translation>
    </message>
    <message>
        <source>Funded (B: %1)</source>
        <translation>Financé (B : %1)</translation>
    </message>
    <message>
        <source>Funded (B)</source>
        <translation>Financé (B)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
</context>
<context>
    <name>vigie::CheckoutDialog</name>
    <message>
        <source>Take an Offline Copy</source>
        <translation>Faire une copie hors ligne</translation>
    </message>
    <message>
        <source>Copy part of &lt;b&gt;%1&lt;/b&gt; into a GeoPackage to edit it without the server. Territory ▸ Synchronise with the server… sends the edits back later; edits made on both sides to the same field are reported as conflicts, never lost.</source>
        <translation>Copiez une partie de &lt;b&gt;%1&lt;/b&gt; dans un GeoPackage pour la modifier sans le serveur. Territoire ▸ Synchroniser avec le serveur… renvoie ensuite les modifications ; les modifications d&apos;un même champ faites des deux côtés sont signalées comme conflits, jamais perdues.</translation>
    </message>
    <message>
        <source>Part of the territory</source>
        <translation>Partie du territoire</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Commune :</translation>
    </message>
    <message>
        <source>Name or INSEE code</source>
        <translation>Nom ou code INSEE</translation>
    </message>
    <message>
        <source>Current map extent:</source>
        <translation>Emprise actuelle de la carte :</translation>
    </message>
    <message>
        <source>no map extent</source>
        <translation>aucune emprise de carte</translation>
    </message>
    <message>
        <source>The whole territory</source>
        <translation>Tout le territoire</translation>
    </message>
    <message>
        <source>Offline copy:</source>
        <translation>Copie hors ligne :</translation>
    </message>
    <message>
        <source>GeoPackage file to create</source>
        <translation>Fichier GeoPackage à créer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Take the Copy</source>
        <translation>Faire la copie</translation>
    </message>
    <message>
        <source>Open the Copy</source>
        <translation>Ouvrir la copie</translation>
    </message>
    <message>
        <source>The territory has no communes layer</source>
        <translation>Le territoire n&apos;a pas de couche des communes</translation>
    </message>
    <message>
        <source>There is no map extent to copy: choose a commune or the whole territory</source>
        <translation>Il n&apos;y a pas d&apos;emprise de carte à copier : choisissez une commune ou tout le territoire</translation>
    </message>
    <message>
        <source>Type the name or the INSEE code of the commune to copy</source>
        <translation>Saisissez le nom ou le code INSEE de la commune à copier</translation>
    </message>
    <message>
        <source>%1 communes are named %2 (codes %3): pick one in the list</source>
        <translation>%1 communes s&apos;appellent %2 (codes %3) : choisissez-en une dans la liste</translation>
    </message>
    <message>
        <source>No commune named or coded &quot;%1&quot; in the territory&apos;s communes layer</source>
        <translation>Aucune commune de nom ou de code « %1 » dans la couche des communes du territoire</translation>
    </message>
    <message>
        <source>%p% — %1</source>
        <translation>%p % — %1</translation>
    </message>
    <message>
        <source>Taking the offline copy into %1… Cancel stops it and removes the partial copy.</source>
        <translation>Copie hors ligne en cours dans %1… Annuler l&apos;interrompt et supprime la copie partielle.</translation>
    </message>
    <message>
        <source>offline copy.gpkg</source>
        <translation>copie hors ligne.gpkg</translation>
    </message>
    <message>
        <source>Offline Copy</source>
        <translation>Copie hors ligne</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Offline copy ready in %1: %2 features kept (%3 left out), %4 rows of the roadmap, budget and agenda tables.</source>
        <translation>Copie hors ligne prête dans %1 : %2 entités conservées (%3 écartées), %4 lignes des tables de feuille de route, de budget et d&apos;ordres du jour.</translation>
    </message>
    <message>
        <source>Cannot take the offline copy: %1</source>
        <translation>Impossible de faire la copie hors ligne : %1</translation>
    </message>
    <message>
        <source>%1 offline.gpkg</source>
        <translation>%1 hors ligne.gpkg</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territoire</translation>
    </message>
</context>
<context>
    <name>vigie::CheckoutJob</name>
    <message>
        <source>An offline copy is already being taken</source>
        <translation>Une copie hors ligne est déjà en cours</translation>
    </message>
    <message>
        <source>Choose the file of the offline copy</source>
        <translation>Choisissez le fichier de la copie hors ligne</translation>
    </message>
    <message>
        <source>%1 already exists: an offline copy never overwrites a file; choose another name</source>
        <translation>%1 existe déjà : une copie hors ligne n&apos;écrase jamais un fichier ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1 : ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>Offline copy to %1 cancelled</source>
        <translation>Copie hors ligne vers %1 annulée</translation>
    </message>
    <message>
        <source>Cancelled: no offline copy was written</source>
        <translation>Annulé : aucune copie hors ligne n&apos;a été écrite</translation>
    </message>
</context>
<context>
    <name>vigie::Cli</name>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Shows the Vigie version.</source>
        <translation>Affiche la version de Vigie.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output on stdout.</source>
        <translation>Sortie JSON lisible par une machine sur stdout.</translation>
    </message>
    <message>
        <source>Language of the messages: fr or en (default: the system&apos;s).</source>
        <translation>Langue des messages : fr ou en (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Also load domain plugins from this folder.</source>
        <translation>Charge aussi les extensions métier de ce dossier.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>the command failed, validation found problems, or an import was rolled back</source>
        <translation>la commande a échoué, la validation a trouvé des problèmes ou un import a été annulé</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing or invalid argument</source>
        <translation>erreur d&apos;utilisation : commande ou option inconnue, argument manquant ou non valide</translation>
    </message>
    <message>
        <source>an input file cannot be opened: missing, unreadable, corrupt, not a territory, or from a newer Vigie</source>
        <translation>un fichier d&apos;entrée ne peut pas être ouvert : absent, illisible, corrompu, pas un territoire ou issu d&apos;une version plus récente de Vigie</translation>
    </message>
    <message>
        <source>import committed with --skip-invalid, but some rows were skipped (they are listed)</source>
        <translation>import enregistré avec --skip-invalid, mais des lignes ont été ignorées (elles sont listées)</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [options] [arguments]</source>
        <translation>Utilisation : %1 [options globales] COMMANDE [options] [arguments]</translation>
    </message>
    <message>
        <source>Vigie command-line tool: territory files, import, export, map rendering and the domain plugins&apos; commands.</source>
        <translation>Outil en ligne de commande de Vigie : fichiers de territoire, import, export, rendu cartographique et commandes des extensions métier.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>machine-readable JSON output on stdout</source>
        <translation>sortie JSON lisible par une machine sur stdout</translation>
    </message>
    <message>
        <source>language of the messages (default: the system&apos;s)</source>
        <translation>langue des messages (par défaut : celle du système)</translation>
    </message>
    <message>
        <source>also load domain plugins from DIR</source>
        <translation>charge aussi les extensions métier de DIR</translation>
    </message>
    <message>
        <source>this help; COMMAND --help or help COMMAND for a command</source>
        <translation>cette aide ; COMMANDE --help ou help COMMANDE pour l&apos;aide d&apos;une commande</translation>
    </message>
    <message>
        <source>the Vigie version</source>
        <translation>la version de Vigie</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] %3</source>
        <translation>Utilisation : %1 %2 [options] %3</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Lancez « %1 --help » pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>missing argument %1.</source>
        <translation>argument %1 manquant.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--plugins: folder %1 does not exist.</source>
        <translation>--plugins : le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>commande « %1 » inconnue.</translation>
    </message>
    <message>
        <source>OUT.gpkg</source>
        <translation>SORTIE.gpkg</translation>
    </message>
    <message>
        <source>Creates a territory file, empty or one of the demo territories.</source>
        <translation>Crée un fichier de territoire, vide ou à partir de l&apos;un des territoires de démonstration.</translation>
    </message>
    <message>
        <source>With --demo, builds a demo territory (montpellier or finistere) from the public data shipped with Vigie.
Otherwise creates an empty territory named by --name, with every loaded domain&apos;s layers.
Refuses to overwrite an existing file.</source>
        <translation>Avec --demo, construit un territoire de démonstration (montpellier ou finistere) à partir des données publiques fournies avec Vigie.
Sinon, crée un territoire vide nommé par --name, avec les couches de chaque domaine chargé.
Refuse d&apos;écraser un fichier existant.</translation>
    </message>
    <message>
        <source>Builds this demo territory: montpellier or finistere.</source>
        <translation>Construit ce territoire de démonstration : montpellier ou finistere.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Folder of the demo source data (default: the installed one).</source>
        <translation>Dossier des données sources de la démo (par défaut : celui installé).</translation>
    </message>
    <message>
        <source>Name of the new territory.</source>
        <translation>Nom du nouveau territoire.</translation>
    </message>
    <message>
        <source>Coordinate reference system, e.g. EPSG:2154 (the default).</source>
        <translation>Système de coordonnées de référence, p. ex. EPSG:2154 (par défaut).</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <source>INSEE codes of the communes covered, comma-separated.</source>
        <translation>Codes INSEE des communes couvertes, séparés par des virgules.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>Free text describing the territory.</source>
        <translation>Texte libre décrivant le territoire.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>TERRITORY</source>
        <translation>TERRITOIRE</translation>
    </message>
    <message>
        <source>Shows a territory&apos;s metadata, schema versions and layers with their feature counts.</source>
        <translation>Affiche les métadonnées d&apos;un territoire, ses versions de schéma et ses couches avec leur nombre d&apos;entités.</translation>
    </message>
    <message>
        <source>Checks a territory without changing it; lists each problem (exit code 1 when there is one).</source>
        <translation>Vérifie un territoire sans le modifier ; liste chaque problème (code de sortie 1 s&apos;il y en a un).</translation>
    </message>
    <message>
        <source>TERRITORY SOURCE</source>
        <translation>TERRITOIRE SOURCE</translation>
    </message>
    <message>
        <source>Imports a GDAL vector source into a territory layer, in one transaction.</source>
        <translation>Importe une source vecteur GDAL dans une couche du territoire, en une seule transaction.</translation>
    </message>
    <message>
        <source>SOURCE is anything GDAL reads: GeoPackage, GeoJSON, Shapefile, CSV with coordinates, FlatGeobuf...
Features are reprojected to the territory CRS and their fields mapped by name or by --field-map.
A bad feature rolls the whole import back (exit code 1); with --skip-invalid it is skipped and
listed with its source row, field and reason (exit code 4). Progress goes to stderr.</source>
        <translation>SOURCE est tout ce que GDAL sait lire : GeoPackage, GeoJSON, Shapefile, CSV avec coordonnées, FlatGeobuf...
Les entités sont reprojetées dans le SCR du territoire et leurs champs associés par nom ou par --field-map.
Une entité incorrecte annule tout l&apos;import (code de sortie 1) ; avec --skip-invalid, elle est ignorée et
listée avec sa ligne source, son champ et la raison (code de sortie 4). La progression est écrite sur stderr.</translation>
    </message>
    <message>
        <source>Target layer, as DOMAIN:LAYER (e.g. lighting:luminaires). Required.</source>
        <translation>Couche cible, sous la forme DOMAINE:COUCHE (p. ex. lighting:luminaires). Obligatoire.</translation>
    </message>
    <message>
        <source>DOMAIN:LAYER</source>
        <translation>DOMAINE:COUCHE</translation>
    </message>
    <message>
        <source>Source to target field names, e.g. puissance=power_w,type=technology.</source>
        <translation>Noms des champs source vers cible, p. ex. puissance=power_w,type=technology.</translation>
    </message>
    <message>
        <source>SRC=DST,...</source>
        <translation>SRC=CIBLE,...</translation>
    </message>
    <message>
        <source>Skip and list bad features instead of rolling back.</source>
        <translation>Ignore et liste les entités incorrectes au lieu d&apos;annuler l&apos;import.</translation>
    </message>
    <message>
        <source>Layer of the source to read (default: its first layer).</source>
        <translation>Couche de la source à lire (par défaut : sa première couche).</translation>
    </message>
    <message>
        <source>CRS of the source when it has none or a wrong one (e.g. EPSG:4326).</source>
        <translation>SCR de la source quand elle n&apos;en a pas ou en a un faux (p. ex. EPSG:4326).</translation>
    </message>
    <message>
        <source>TERRITORY OUT.(gpkg|geojson|shp)</source>
        <translation>TERRITOIRE SORTIE.(gpkg|geojson|shp)</translation>
    </message>
    <message>
        <source>Exports a territory layer to GeoPackage, GeoJSON (EPSG:4326) or Shapefile, chosen by extension.</source>
        <translation>Exporte une couche du territoire en GeoPackage, GeoJSON (EPSG:4326) ou Shapefile, selon l&apos;extension.</translation>
    </message>
    <message>
        <source>Layer to export, as DOMAIN:LAYER. Required.</source>
        <translation>Couche à exporter, sous la forme DOMAINE:COUCHE. Obligatoire.</translation>
    </message>
    <message>
        <source>Renders the territory map with the domain styles to an image, through the QGIS renderer.</source>
        <translation>Dessine la carte du territoire avec les styles des domaines dans une image, avec le moteur de rendu de QGIS.</translation>
    </message>
    <message>
        <source>Runs without a display (offscreen) when none is available. The format follows the extension of --out (png, jpg, ...).</source>
        <translation>Fonctionne sans écran (offscreen) quand aucun n&apos;est disponible. Le format suit l&apos;extension de --out (png, jpg, ...).</translation>
    </message>
    <message>
        <source>Image file to write. Required.</source>
        <translation>Fichier image à écrire. Obligatoire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Area to show, in the territory CRS (default: everything).</source>
        <translation>Zone à afficher, dans le SCR du territoire (par défaut : tout).</translation>
    </message>
    <message>
        <source>XMIN,YMIN,XMAX,YMAX</source>
        <translation>XMIN,YMIN,XMAX,YMAX</translation>
    </message>
    <message>
        <source>Image size in pixels (default: 1600x1000).</source>
        <translation>Taille de l&apos;image en pixels (par défaut : 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default: 96).</source>
        <translation>Résolution en points par pouce (par défaut : 96).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Draws no labels.</source>
        <translation>N&apos;affiche aucune étiquette.</translation>
    </message>
    <message>
        <source>Background colour, e.g. #ffffff (default: white).</source>
        <translation>Couleur de fond, p. ex. #ffffff (par défaut : blanc).</translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation>COULEUR</translation>
    </message>
    <message>
        <source>Lists the domain plugins found: loaded ones, and skipped ones with the reason.</source>
        <translation>Liste les extensions métier trouvées : celles chargées, et celles ignorées avec la raison.</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territoire : %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>SCR : %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Démo : %1</translation>
    </message>
    <message>
        <source>Communes: %1</source>
        <translation>Communes : %1</translation>
    </message>
    <message>
        <source>Schema versions: %1</source>
        <translation>Versions de schéma : %1</translation>
    </message>
    <message>
        <source>Extent: %1, %2, %3, %4</source>
        <translation>Emprise : %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Couches :</translation>
    </message>
    <message>
        <source>%1 already exists: a territory is never overwritten; choose another name or remove it first.</source>
        <translation>%1 existe déjà : un territoire n&apos;est jamais écrasé ; choisissez un autre nom ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>--%1 cannot be used with --demo (the demo defines it).</source>
        <translation>--%1 ne peut pas être utilisé avec --demo (la démo le définit).</translation>
    </message>
    <message>
        <source>--demo: unknown demo &apos;%1&apos; (available: %2).</source>
        <translation>--demo : démo « %1 » inconnue (disponibles : %2).</translation>
    </message>
    <message>
        <source>The demo source folder %1 does not exist.</source>
        <translation>Le dossier source de la démo %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Building the %1 demo territory into %2...</source>
        <translation>Construction du territoire de démonstration %1 dans %2...</translation>
    </message>
    <message>
        <source>Cannot build the demo territory: %1</source>
        <translation>Impossible de construire le territoire de démonstration : %1</translation>
    </message>
    <message>
        <source>Built in %1 s.</source>
        <translation>Construit en %1 s.</translation>
    </message>
    <message>
        <source>--demo-source needs --demo.</source>
        <translation>--demo-source nécessite --demo.</translation>
    </message>
    <message>
        <source>--name is required without --demo.</source>
        <translation>--name est obligatoire sans --demo.</translation>
    </message>
    <message>
        <source>--crs: &apos;%1&apos; is not a coordinate reference system known to PROJ.</source>
        <translation>--crs : « %1 » n&apos;est pas un système de coordonnées de référence connu de PROJ.</translation>
    </message>
    <message>
        <source>--communes: &apos;%1&apos; is not an INSEE commune code (5 characters, e.g. 34172).</source>
        <translation>--communes : « %1 » n&apos;est pas un code INSEE de commune (5 caractères, p. ex. 34172).</translation>
    </message>
    <message>
        <source>Cannot create the territory: %1</source>
        <translation>Impossible de créer le territoire : %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>%1: valid.</source>
        <translation>%1 : valide.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s):</source>
        <translation>
            <numerusform>%1 : %n problème :</numerusform>
            <numerusform>%1 : %n problèmes :</numerusform>
        </translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>--layer DOMAIN:LAYER is required.</source>
        <translation>--layer DOMAINE:COUCHE est obligatoire.</translation>
    </message>
    <message>
        <source>--layer: &apos;%1&apos; is not of the form DOMAIN:LAYER (e.g. lighting:luminaires).</source>
        <translation>--layer : « %1 » n&apos;est pas de la forme DOMAINE:COUCHE (p. ex. lighting:luminaires).</translation>
    </message>
    <message>
        <source>--field-map: &apos;%1&apos; is not of the form SOURCE=TARGET.</source>
        <translation>--field-map : « %1 » n&apos;est pas de la forme SOURCE=CIBLE.</translation>
    </message>
    <message>
        <source>--field-map: source field &apos;%1&apos; is mapped twice.</source>
        <translation>--field-map : le champ source « %1 » est associé deux fois.</translation>
    </message>
    <message>
        <source>--source-crs: &apos;%1&apos; is not a coordinate reference system known to PROJ.</source>
        <translation>--source-crs : « %1 » n&apos;est pas un système de coordonnées de référence connu de PROJ.</translation>
    </message>
    <message>
        <source>%1: no vector layer to import.</source>
        <translation>%1 : aucune couche vecteur à importer.</translation>
    </message>
    <message>
        <source>--source-layer: %1 has no layer &apos;%2&apos; (layers: %3).</source>
        <translation>--source-layer : %1 n&apos;a pas de couche « %2 » (couches : %3).</translation>
    </message>
    <message>
        <source>--layer: %1 has no layer &apos;%2&apos; (layers: %3).</source>
        <translation>--layer : %1 n&apos;a pas de couche « %2 » (couches : %3).</translation>
    </message>
    <message>
        <source>--field-map: layer %1 has no field &apos;%2&apos;.</source>
        <translation>--field-map : la couche %1 n&apos;a pas de champ « %2 ».</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Import : %1 %</translation>
    </message>
    <message>
        <source>Imported %1 feature(s) into %2.</source>
        <translation>%1 entité(s) importée(s) dans %2.</translation>
    </message>
    <message>
        <source>Import rolled back, nothing was changed: %1</source>
        <translation>Import annulé, rien n&apos;a été modifié : %1</translation>
    </message>
    <message>
        <source>Skipped %1 invalid feature(s):</source>
        <translation>%1 entité(s) non valide(s) ignorée(s) :</translation>
    </message>
    <message>
        <source>%1 invalid feature(s):</source>
        <translation>%1 entité(s) non valide(s) :</translation>
    </message>
    <message>
        <source>Source fields not imported: %1</source>
        <translation>Champs sources non importés : %1</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>%1: unknown output format &apos;%2&apos; (use .gpkg, .geojson or .shp).</source>
        <translation>%1 : format de sortie « %2 » inconnu (utilisez .gpkg, .geojson ou .shp).</translation>
    </message>
    <message>
        <source>--layer: %1 has no layer &apos;%2&apos;.</source>
        <translation>--layer : %1 n&apos;a pas de couche « %2 ».</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>Exported %1 feature(s) of %2 to %3.</source>
        <translation>%1 entité(s) de %2 exportée(s) vers %3.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>--out: cannot write images of type &apos;%1&apos; (use .png or .jpg).</source>
        <translation>--out : impossible d&apos;écrire des images de type « %1 » (utilisez .png ou .jpg).</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WIDTHxHEIGHT in pixels between 1 and 20000 (e.g. 1600x1000).</source>
        <translation>--size : « %1 » n&apos;est pas de la forme LARGEURxHAUTEUR en pixels entre 1 et 20000 (p. ex. 1600x1000).</translation>
    </message>
    <message>
        <source>--dpi: &apos;%1&apos; is not a resolution between 1 and 2400.</source>
        <translation>--dpi : « %1 » n&apos;est pas une résolution entre 1 et 2400.</translation>
    </message>
    <message>
        <source>--extent: &apos;%1&apos; is not a number.</source>
        <translation>--extent : « %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>--extent: expected 4 numbers XMIN,YMIN,XMAX,YMAX, got %1.</source>
        <translation>--extent : 4 nombres XMIN,YMIN,XMAX,YMAX attendus, %1 reçus.</translation>
    </message>
    <message>
        <source>--extent: XMIN must be less than XMAX and YMIN less than YMAX.</source>
        <translation>--extent : XMIN doit être inférieur à XMAX et YMIN inférieur à YMAX.</translation>
    </message>
    <message>
        <source>--background: &apos;%1&apos; is not a colour (e.g. #ffffff or white).</source>
        <translation>--background : « %1 » n&apos;est pas une couleur (p. ex. #ffffff ou white).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Rendered %1 (%2×%3 px) in %4 ms.</source>
        <translation>%1 dessiné (%2×%3 px) en %4 ms.</translation>
    </message>
    <message>
        <source>No domain plugin found in: %1</source>
        <translation>Aucune extension métier trouvée dans : %1</translation>
    </message>
    <message>
        <source>loaded   %1 %2 (%3) - %4</source>
        <translation>chargée  %1 %2 (%3) - %4</translation>
    </message>
    <message>
        <source>skipped  %1 - %2</source>
        <translation>ignorée  %1 - %2</translation>
    </message>
    <message>
        <source>Cannot add the demo roadmap: %1</source>
        <translation>Impossible d&apos;ajouter la feuille de route de démonstration : %1</translation>
    </message>
    <message>
        <source>OUT.gpkg|PG:CONNINFO</source>
        <translation>SORTIE.gpkg|PG:CONNINFO</translation>
    </message>
    <message>
        <source>SOURCE DESTINATION</source>
        <translation>SOURCE DESTINATION</translation>
    </message>
    <message>
        <source>Copies a territory between a GeoPackage and a PostGIS database (PG:CONNINFO), either way, losslessly.</source>
        <translation>Copie un territoire entre un GeoPackage et une base PostGIS (PG:CONNINFO), dans un sens ou dans l&apos;autre, sans perte.</translation>
    </message>
    <message>
        <source>Copies every asset layer (fids, geometries, attributes) and every plain table (metadata, observations, alarms, roadmap, budget...).
The destination must not hold a territory; a failed copy leaves nothing behind.</source>
        <translation>Copie chaque couche d&apos;équipements (fid, géométries, attributs) et chaque table simple (métadonnées, observations, alarmes, feuille de route, budget...).
La destination ne doit pas contenir de territoire ; une copie qui échoue ne laisse aucune trace.</translation>
    </message>
    <message>
        <source>PG:CONNINFO</source>
        <translation>PG:CONNINFO</translation>
    </message>
    <message>
        <source>Creates the PostgreSQL roles of a PostGIS territory (viewer, operator, planner, admin) and grants their privileges.</source>
        <translation>Crée les rôles PostgreSQL d&apos;un territoire PostGIS (viewer, operator, planner, admin : lecteur, opérateur, planificateur, administrateur) et leur accorde leurs privilèges.</translation>
    </message>
    <message>
        <source>The database enforces them: a viewer reads, an operator also edits assets and alarms, a planner the roadmap and budget, an admin everything.
Give people a login role in one of them, e.g. CREATE ROLE alice LOGIN IN ROLE vigie_viewer. Run again after a module adds tables.</source>
        <translation>La base de données les fait respecter : un lecteur consulte, un opérateur modifie en plus les équipements et les alarmes, un planificateur la feuille de route et le budget, un administrateur tout.
Donnez à chaque personne un rôle de connexion membre de l&apos;un d&apos;eux, par ex. CREATE ROLE alice LOGIN IN ROLE vigie_viewer. Relancez la commande après l&apos;ajout de tables par un module.</translation>
    </message>
    <message>
        <source>Prefix of the role names (default: vigie).</source>
        <translation>Préfixe des noms de rôles (par défaut : vigie).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to build the demo: %1</source>
        <translation>Impossible de créer un dossier temporaire pour construire la démonstration : %1</translation>
    </message>
    <message>
        <source>Cannot copy the demo territory to PostGIS: %1</source>
        <translation>Impossible de copier le territoire de démonstration vers PostGIS : %1</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <source>Copying %1...</source>
        <translation>Copie de %1...</translation>
    </message>
    <message>
        <source>Cannot copy the territory: %1</source>
        <translation>Impossible de copier le territoire : %1</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 features in %4 layers, %5 rows in %6 tables, in %7 s.</source>
        <translation>%1 copié vers %2 : %3 entités dans %4 couches, %5 lignes dans %6 tables, en %7 s.</translation>
    </message>
    <message>
        <source>roles are enforced by PostgreSQL: give a PostGIS territory (PG:CONNINFO), not %1.</source>
        <translation>les rôles sont appliqués par PostgreSQL : indiquez un territoire PostGIS (PG:CONNINFO), et non %1.</translation>
    </message>
    <message>
        <source>Cannot set up the roles: %1</source>
        <translation>Impossible de mettre en place les rôles : %1</translation>
    </message>
    <message>
        <source>Makes the communes tenants of a PostGIS territory: each commune&apos;s staff see and edit only its own assets.</source>
        <translation>Fait des communes les locataires (tenants) d&apos;un territoire PostGIS : le personnel de chaque commune ne voit et ne modifie que ses propres équipements.</translation>
    </message>
    <message>
        <source>Every asset row gets the code of the commune its geometry lies in (now, and by a trigger for new or moved rows);
row-level security then lets role PREFIX_c&lt;CODE&gt; read and write the rows of its commune only, and PREFIX_departement all rows.
Give staff a login role in their commune&apos;s role, e.g. CREATE ROLE marie LOGIN IN ROLE vigie_c29019. Run again after adding communes or layers.</source>
        <translation>Chaque ligne d&apos;équipement reçoit le code de la commune où se trouve sa géométrie (dès maintenant, puis par un déclencheur pour les lignes nouvelles ou déplacées) ;
la sécurité au niveau des lignes (row-level security) permet ensuite au rôle PRÉFIXE_c&lt;CODE&gt; de lire et d&apos;écrire uniquement les lignes de sa commune, et à PRÉFIXE_departement toutes les lignes.
Donnez à chaque agent un rôle de connexion membre du rôle de sa commune, par ex. CREATE ROLE marie LOGIN IN ROLE vigie_c29019. Relancez la commande après l&apos;ajout de communes ou de couches.</translation>
    </message>
    <message>
        <source>Layer holding the communes (default: territory:communes).</source>
        <translation>Couche contenant les communes (par défaut : territory:communes).</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>COUCHE</translation>
    </message>
    <message>
        <source>Field of the commune code (default: insee_code).</source>
        <translation>Champ du code de la commune (par défaut : insee_code).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>Installs the change notifications of a PostGIS territory, so that every desktop sees the others&apos; edits.</source>
        <translation>Installe les notifications de modification d&apos;un territoire PostGIS, afin que chaque poste voie les modifications faites sur les autres.</translation>
    </message>
    <message>
        <source>Puts a trigger on the layer, alarm and roadmap tables that sends NOTIFY vigie_changes; the desktops listen and reload what changed.
Needs the tables&apos; owner; the desktop installs them itself when it may. Run again after a module adds tables.</source>
        <translation>Place sur les tables des couches, des alarmes et de la feuille de route un déclencheur qui envoie NOTIFY vigie_changes ; les postes l&apos;écoutent et rechargent ce qui a changé.
Nécessite le propriétaire des tables ; l&apos;application de bureau les installe elle-même lorsqu&apos;elle en a le droit. Relancez la commande après l&apos;ajout de tables par un module.</translation>
    </message>
    <message>
        <source>SOURCE OUT.gpkg</source>
        <translation>SOURCE SORTIE.gpkg</translation>
    </message>
    <message>
        <source>Copies part of a territory into a GeoPackage to work offline; territory sync merges it back.</source>
        <translation>Copie une partie d&apos;un territoire dans un GeoPackage pour travailler hors ligne ; territory sync la réintègre ensuite.</translation>
    </message>
    <message>
        <source>The asset layers are filtered by --extent or --commune; the roadmap, budget, agenda and bookmark tables go whole (observations stay on the server).
The GeoPackage records its source (never a password), the checkout time and the value of every copied row, for the three-way merge of territory sync.</source>
        <translation>Les couches d&apos;équipements sont filtrées par --extent ou --commune ; les tables de feuille de route, de budget, d&apos;ordres du jour et de signets sont copiées entières (les observations restent sur le serveur).
Le GeoPackage enregistre sa source (jamais de mot de passe), l&apos;heure de l&apos;extraction et la valeur de chaque ligne copiée, pour la fusion à trois voies de territory sync.</translation>
    </message>
    <message>
        <source>Only the features meeting this box, in the territory&apos;s CRS.</source>
        <translation>Uniquement les entités qui touchent ce rectangle, dans le SCR du territoire.</translation>
    </message>
    <message>
        <source>Only the features meeting this commune (code of territory:communes).</source>
        <translation>Uniquement les entités qui touchent cette commune (code de territory:communes).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Merges an offline checkout back into its source; every edit arrives or is reported as a conflict.</source>
        <translation>Réintègre une copie hors ligne dans sa source ; chaque modification est appliquée ou signalée comme conflit.</translation>
    </message>
    <message>
        <source>Synchronise with this territory instead of the recorded one (e.g. with credentials).</source>
        <translation>Synchronise avec ce territoire au lieu de celui enregistré (par ex. avec des identifiants).</translation>
    </message>
    <message>
        <source>tenants are enforced by PostgreSQL row-level security: give a PostGIS territory (PG:CONNINFO), not %1.</source>
        <translation>le cloisonnement par commune (tenants) repose sur la sécurité au niveau des lignes de PostgreSQL : indiquez un territoire PostGIS (PG:CONNINFO), et non %1.</translation>
    </message>
    <message>
        <source>Cannot set up the tenants: %1</source>
        <translation>Impossible de mettre en place les locataires : %1</translation>
    </message>
    <message>
        <source>%1 communes are tenants (roles %2, e.g. %3); %4 sees every row.</source>
        <translation>%1 communes sont locataires (rôles %2, par ex. %3) ; %4 voit toutes les lignes.</translation>
    </message>
    <message>
        <source>%1: %2 rows in a commune, %3 outside every commune (département only)</source>
        <translation>%1 : %2 lignes dans une commune, %3 hors de toute commune (département uniquement)</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
    <message>
        <source>change notifications are a PostgreSQL feature: give a PostGIS territory (PG:CONNINFO), not %1.</source>
        <translation>les notifications de modification sont une fonctionnalité de PostgreSQL : indiquez un territoire PostGIS (PG:CONNINFO), et non %1.</translation>
    </message>
    <message numerus="yes">
        <source>Changes of %n table(s) are notified on channel %1: %2</source>
        <translation>
            <numerusform>Les modifications de %n table sont notifiées sur le canal %1 : %2</numerusform>
            <numerusform>Les modifications de %n tables sont notifiées sur le canal %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>give --extent or --commune, not both.</source>
        <translation>indiquez --extent ou --commune, pas les deux.</translation>
    </message>
    <message>
        <source>--extent: &apos;%1&apos; is not XMIN,YMIN,XMAX,YMAX with XMIN &lt; XMAX and YMIN &lt; YMAX.</source>
        <translation>--extent : « %1 » n&apos;est pas de la forme XMIN,YMIN,XMAX,YMAX avec XMIN &lt; XMAX et YMIN &lt; YMAX.</translation>
    </message>
    <message>
        <source>%1 already exists: a checkout never overwrites a file; choose another name or remove it first.</source>
        <translation>%1 existe déjà : une extraction n&apos;écrase jamais un fichier ; choisissez un autre nom ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot check out the territory: %1</source>
        <translation>Impossible d&apos;extraire le territoire : %1</translation>
    </message>
    <message>
        <source>Checked out %1 to %2: %3 features (%4 left out by the filter), %5 rows of roadmap, budget and agenda tables.</source>
        <translation>%1 extrait vers %2 : %3 entités (%4 écartées par le filtre), %5 lignes des tables de feuille de route, de budget et d&apos;ordres du jour.</translation>
    </message>
    <message>
        <source>Cannot synchronise: %1</source>
        <translation>Impossible de synchroniser : %1</translation>
    </message>
    <message>
        <source>  new row of %1: offline id %2 is %3 on the server</source>
        <translation>  nouvelle ligne de %1 : l&apos;identifiant hors ligne %2 devient %3 sur le serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), not applied (kept offline; use --json for the full report):</source>
        <translation>
            <numerusform>%n conflit, non appliqué (conservé hors ligne ; utilisez --json pour le rapport complet) :</numerusform>
            <numerusform>%n conflits, non appliqués (conservés hors ligne ; utilisez --json pour le rapport complet) :</numerusform>
        </translation>
    </message>
    <message>
        <source>missing subcommand: create, info, validate, copy, checkout, sync, resolve, roles, tenants or notify.</source>
        <translation>sous-commande manquante : create, info, validate, copy, checkout, sync, resolve, roles, tenants ou notify.</translation>
    </message>
    <message>
        <source>Three-way merge per field against the values at checkout: a local change is written to the server, a server change is kept and copied offline, the same field changed on both sides (or a row deleted on one side and edited on the other) is a conflict, reported with both values and not applied; the roadmap follows its own merge rules.
Features added on the server inside the checkout&apos;s area (or moved into it) are added offline.
One server transaction: all or nothing; the rows it writes are locked and read again first, so an edit made on the server meanwhile becomes a conflict, never an overwrite. If the checkout cannot be updated after the server commit, the next sync finishes it. Syncing again applies nothing new. Exit code 1 when conflicts remain.</source>
        <translation>Fusion à trois voies, champ par champ, par rapport aux valeurs au moment de l&apos;extraction : une modification locale est écrite sur le serveur, une modification du serveur est conservée et copiée hors ligne, un même champ modifié des deux côtés (ou une ligne supprimée d&apos;un côté et modifiée de l&apos;autre) est un conflit, signalé avec les deux valeurs et non appliqué ; la feuille de route suit ses propres règles de fusion.
Les entités ajoutées sur le serveur dans la zone de l&apos;extraction (ou déplacées dans cette zone) sont ajoutées hors ligne.
Une seule transaction sur le serveur : tout ou rien ; les lignes qu&apos;elle écrit sont d&apos;abord verrouillées et relues, de sorte qu&apos;une modification faite entre-temps sur le serveur devient un conflit, jamais un écrasement. Si la copie hors ligne ne peut pas être mise à jour après la validation sur le serveur, la synchronisation suivante achève l&apos;opération. Une nouvelle synchronisation n&apos;applique rien de plus. Code de sortie 1 s&apos;il reste des conflits.</translation>
    </message>
    <message>
        <source>Show what would be done; change nothing (an interrupted sync is finished first).</source>
        <translation>Affiche ce qui serait fait ; ne modifie rien (une synchronisation interrompue est d&apos;abord achevée).</translation>
    </message>
    <message>
        <source>CHECKOUT</source>
        <translation>COPIE</translation>
    </message>
    <message>
        <source>Resolves a conflict reported by territory sync: keeps the offline value or takes the server&apos;s.</source>
        <translation>Résout un conflit signalé par territory sync : conserve la valeur hors ligne ou reprend celle du serveur.</translation>
    </message>
    <message>
        <source>--table and --key name the row as the sync report does (the fid of a feature; the key of a row, a JSON array for a key of several columns); --field names the field of a field conflict (&quot;geometry&quot; for the geometry); without it the whole row is resolved (a row deleted on one side and edited on the other, or added on both).
--keep offline: the checkout records the server&apos;s current value as its base, so the next sync sends the offline value (or the offline deletion). --keep server: the server&apos;s value (or row, or deletion) is written into the checkout.
The server is only read. An unknown table, key or field changes nothing (exit code 1). Roadmap document conflicts are resolved by editing the roadmap.</source>
        <translation>--table et --key désignent la ligne comme le fait le rapport de synchronisation (le fid d&apos;une entité ; la clé d&apos;une ligne, sous forme de tableau JSON pour une clé de plusieurs colonnes) ; --field désigne le champ d&apos;un conflit de champ (&quot;geometry&quot; pour la géométrie) ; sans --field, c&apos;est la ligne entière qui est résolue (ligne supprimée d&apos;un côté et modifiée de l&apos;autre, ou ajoutée des deux côtés).
--keep offline : la copie hors ligne enregistre la valeur actuelle du serveur comme valeur de base, de sorte que la prochaine synchronisation envoie la valeur hors ligne (ou la suppression hors ligne). --keep server : la valeur du serveur (ou la ligne, ou la suppression) est écrite dans la copie hors ligne.
Le serveur est seulement lu. Une table, une clé ou un champ inconnus ne modifient rien (code de sortie 1). Les conflits dans un document de feuille de route se résolvent en modifiant la feuille de route.</translation>
    </message>
    <message>
        <source>Table of the conflict.</source>
        <translation>Table du conflit.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>Fid of the feature, or key of the row.</source>
        <translation>Fid de l&apos;entité, ou clé de la ligne.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>Field of the conflict (none: the whole row).</source>
        <translation>Champ du conflit (aucun : la ligne entière).</translation>
    </message>
    <message>
        <source>The side that wins: offline or server.</source>
        <translation>Le côté qui l&apos;emporte : offline (hors ligne) ou server (serveur).</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>CÔTÉ</translation>
    </message>
    <message>
        <source>Read the server through this territory instead of the recorded one (e.g. with credentials).</source>
        <translation>Lit le serveur via ce territoire au lieu de celui enregistré (par ex. avec des identifiants).</translation>
    </message>
    <message>
        <source>Checking out: %1...</source>
        <translation>Extraction : %1...</translation>
    </message>
    <message>
        <source>Synchronising: %1...</source>
        <translation>Synchronisation : %1...</translation>
    </message>
    <message>
        <source>An interrupted sync (server written, checkout not) was finished first.</source>
        <translation>Une synchronisation interrompue (serveur écrit, copie hors ligne non mise à jour) a d&apos;abord été achevée.</translation>
    </message>
    <message>
        <source>Dry run, nothing written. With %1: %2 rows would be updated, %3 inserted, %4 deleted on the server, %5 refreshed offline, %6 added offline from the server.</source>
        <translation>Simulation, rien n&apos;a été écrit. Avec %1 : %2 lignes seraient mises à jour, %3 insérées, %4 supprimées sur le serveur, %5 actualisées hors ligne, %6 ajoutées hors ligne depuis le serveur.</translation>
    </message>
    <message>
        <source>Synchronised with %1: %2 rows updated, %3 inserted, %4 deleted on the server, %5 refreshed offline, %6 added offline from the server.</source>
        <translation>Synchronisé avec %1 : %2 lignes mises à jour, %3 insérées, %4 supprimées sur le serveur, %5 actualisées hors ligne, %6 ajoutées hors ligne depuis le serveur.</translation>
    </message>
    <message>
        <source>--table is required: the table of the conflict (as in the sync report).</source>
        <translation>--table est obligatoire : la table du conflit (comme dans le rapport de synchronisation).</translation>
    </message>
    <message>
        <source>--key is required: the fid of the feature, or the key of the row (as in the sync report).</source>
        <translation>--key est obligatoire : le fid de l&apos;entité, ou la clé de la ligne (comme dans le rapport de synchronisation).</translation>
    </message>
    <message>
        <source>--keep must be offline or server, not &apos;%1&apos;.</source>
        <translation>--keep doit valoir offline ou server, et non « %1 ».</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict: %1</source>
        <translation>Impossible de résoudre le conflit : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, field %3</source>
        <translation>%1 %2, champ %3</translation>
    </message>
    <message>
        <source>Kept the offline value of %1: the next territory sync sends it to the server.</source>
        <translation>Valeur hors ligne de %1 conservée : la prochaine exécution de territory sync l&apos;enverra au serveur.</translation>
    </message>
    <message>
        <source>Took the server&apos;s value of %1 into the offline copy.</source>
        <translation>Valeur du serveur de %1 reprise dans la copie hors ligne.</translation>
    </message>
</context>
<context>
    <name>vigie::DeckBuildJob</name>
    <message>
        <source>The deck could not be built.</source>
        <translation>Le diaporama n&apos;a pas pu être généré.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>vigie::DeckExport</name>
    <message>
        <source>Building the deck…</source>
        <translation>Préparation de la présentation…</translation>
    </message>
    <message>
        <source>No territory layers to draw the maps with.</source>
        <translation>Aucune couche du territoire pour dessiner les cartes.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n slide(s)…</source>
        <translation>
            <numerusform>Mise en page de %n diapositive…</numerusform>
            <numerusform>Mise en page de %n diapositives…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Écriture de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The deck could not be written to %1</source>
        <translation>La présentation n&apos;a pas pu être écrite dans %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>vigie::EnergyPlugin</name>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Simulated attributes</source>
        <translation>Attributs simulés</translation>
    </message>
    <message>
        <source>Public buildings</source>
        <translation>Bâtiments publics</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>Surface de plancher (m²)</translation>
    </message>
    <message>
        <source>Energy class</source>
        <translation>Classe énergétique</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Chauffage</translation>
    </message>
    <message>
        <source>Year built</source>
        <translation>Année de construction</translation>
    </message>
    <message>
        <source>Energy meters</source>
        <translation>Compteurs d&apos;énergie</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>vigie::FeedsHistoryChart</name>
    <message>
        <source>Select a sensor or an alarm to see its history</source>
        <translation>Sélectionnez un capteur ou une alarme pour voir son historique</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Min – max (15 min)</source>
        <translation>Min – max (15 min)</translation>
    </message>
    <message>
        <source>Mean (15 min)</source>
        <translation>Moyenne (15 min)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — 15-minute aggregates (%n bucket(s))</source>
        <translation>
            <numerusform>%1 — agrégats sur 15 minutes (%n intervalle)</numerusform>
            <numerusform>%1 — agrégats sur 15 minutes (%n intervalles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — raw values (%n value(s))</source>
        <translation>
            <numerusform>%1 — valeurs brutes (%n valeur)</numerusform>
            <numerusform>%1 — valeurs brutes (%n valeurs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::FeedsImportDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importer l&apos;historique</translation>
    </message>
    <message>
        <source>OGC SensorThings service</source>
        <translation>Service OGC SensorThings</translation>
    </message>
    <message>
        <source>FIWARE NGSI-LD broker</source>
        <translation>Broker FIWARE NGSI-LD</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>every Datastream of the service</source>
        <translation>tous les Datastreams du service</translation>
    </message>
    <message>
        <source>Datastreams (ids, comma-separated):</source>
        <translation>Datastreams (identifiants séparés par des virgules) :</translation>
    </message>
    <message>
        <source>All four Smart Data Models</source>
        <translation>Les quatre Smart Data Models</translation>
    </message>
    <message>
        <source>Temporal query (history), not only the current values</source>
        <translation>Requête temporelle (historique), pas seulement les valeurs actuelles</translation>
    </message>
    <message>
        <source>default tenant</source>
        <translation>tenant par défaut</translation>
    </message>
    <message>
        <source>Entity type:</source>
        <translation>Type d&apos;entité :</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Tenant :</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>from the &quot;sensor&quot; column</source>
        <translation>d&apos;après la colonne &quot;sensor&quot;</translation>
    </message>
    <message>
        <source>from the &quot;unit&quot; column</source>
        <translation>d&apos;après la colonne &quot;unit&quot;</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Sensor (file of one sensor):</source>
        <translation>Capteur (fichier d&apos;un seul capteur) :</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <source>Columns: sensor, time (ISO 8601), value, unit; a header line is optional.</source>
        <translation>Colonnes : sensor, time (ISO 8601), value, unit ; la ligne d&apos;en-tête est facultative.</translation>
    </message>
    <message>
        <source>Only this time range (UTC):</source>
        <translation>Uniquement cette période (UTC) :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>URL or file:</source>
        <translation>URL ou fichier :</translation>
    </message>
    <message>
        <source>Stored like live data: units converted, unknown sensors registered unbound (bind them on the map), values already stored skipped, so importing again adds only what is missing.</source>
        <translation>Enregistré comme les données en temps réel : unités converties, capteurs inconnus enregistrés sans rattachement (rattachez-les sur la carte), valeurs déjà enregistrées ignorées ; un nouvel import n&apos;ajoute donc que ce qui manque.</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>historique.csv</translation>
    </message>
    <message>
        <source>CSV file of observations</source>
        <translation>Fichier CSV d&apos;observations</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Choisissez le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>Enter the URL of the service.</source>
        <translation>Saisissez l&apos;URL du service.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>« %1 » n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>The end of the time range must come after its start.</source>
        <translation>La fin de la période doit être postérieure à son début.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cancelling after the current page…</source>
        <translation>Annulation après la page en cours…</translation>
    </message>
    <message>
        <source>%1 pages read, %2 observations, %3 stored — %4</source>
        <translation>%1 pages lues, %2 observations, %3 enregistrées — %4</translation>
    </message>
    <message>
        <source>%1 observations read in %2 pages: %3 stored, %4 already there, %5 new sensors (unbound: bind them on the map), %6 out of range, %7 rejected.</source>
        <translation>%1 observations lues en %2 pages : %3 enregistrées, %4 déjà présentes, %5 nouveaux capteurs (non rattachés : rattachez-les sur la carte), %6 hors plage, %7 rejetées.</translation>
    </message>
    <message>
        <source>Import finished. %1</source>
        <translation>Import terminé. %1</translation>
    </message>
    <message>
        <source>Import cancelled; what was stored stays (importing again adds only what is missing). %1</source>
        <translation>Import annulé ; ce qui a été enregistré est conservé (un nouvel import n&apos;ajoute que ce qui manque). %1</translation>
    </message>
    <message>
        <source>Import stopped: %1
Stored before the error: %2 Importing again adds only what is missing.</source>
        <translation>Import interrompu : %1
Enregistré avant l&apos;erreur : %2 Un nouvel import n&apos;ajoute que ce qui manque.</translation>
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
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Non rafraîchi</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Not bound to an asset: select it and use &quot;Bind on map&quot;</source>
        <translation>Non rattaché à un équipement : sélectionnez-le et utilisez « Rattacher sur la carte »</translation>
    </message>
    <message>
        <source>(unbound)</source>
        <translation>(non rattaché)</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Msg/s</source>
        <translation>Msg/s</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnexions</translation>
    </message>
    <message>
        <source>Start &amp;replay</source>
        <translation>Lancer le &amp;rejeu</translation>
    </message>
    <message>
        <source>Built-in demo feed: a week of L-Town SCADA readings, lamp power and bin fill levels, stored like a live feed</source>
        <translation>Flux de démonstration intégré : une semaine de relevés SCADA de L-Town, de puissances de lampes et de niveaux de remplissage de conteneurs, enregistrée comme un flux en direct</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse :</translation>
    </message>
    <message>
        <source>Simulated seconds per second</source>
        <translation>Secondes simulées par seconde</translation>
    </message>
    <message>
        <source>Add &amp;MQTT feed…</source>
        <translation>Ajouter un flux &amp;MQTT…</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Retirer le flux</translation>
    </message>
    <message>
        <source>Filter sensors…</source>
        <translation>Filtrer les capteurs…</translation>
    </message>
    <message>
        <source>Unbound only</source>
        <translation>Non rattachés uniquement</translation>
    </message>
    <message>
        <source>&amp;Bind on map</source>
        <translation>Rattacher sur la &amp;carte</translation>
    </message>
    <message>
        <source>Bind the selected sensor: click its asset on the map</source>
        <translation>Rattacher le capteur sélectionné : cliquez sur son équipement sur la carte</translation>
    </message>
    <message>
        <source>Live feeds unavailable: %1</source>
        <translation>Flux en direct indisponibles : %1</translation>
    </message>
    <message>
        <source>Sensor bound.</source>
        <translation>Capteur rattaché.</translation>
    </message>
    <message>
        <source>Binding %1 to %2 #%3…</source>
        <translation>Rattachement de %1 à %2 #%3…</translation>
    </message>
    <message>
        <source>Add an MQTT feed</source>
        <translation>Ajouter un flux MQTT</translation>
    </message>
    <message>
        <source>Feed configuration (*.json)</source>
        <translation>Configuration de flux (*.json)</translation>
    </message>
    <message>
        <source>Click the asset to bind %1 to.</source>
        <translation>Cliquez sur l&apos;équipement auquel rattacher %1.</translation>
    </message>
    <message>
        <source>%1 sensors on the map: %2 — %3 unbound</source>
        <translation>%1 capteurs sur la carte : %2 — %3 non rattachés</translation>
    </message>
    <message>
        <source>Built-in replay (L-Town SCADA, lighting, bins)</source>
        <translation>Rejeu intégré (SCADA L-Town, éclairage, conteneurs)</translation>
    </message>
    <message>
        <source>Running ×%1 — %2</source>
        <translation>En cours ×%1 — %2</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Stop &amp;replay</source>
        <translation>Arrêter le &amp;rejeu</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Sensor history</source>
        <translation>Historique des capteurs</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <source>Start or stop the &amp;replay feed</source>
        <translation>Lancer ou arrêter le flux de &amp;rejeu</translation>
    </message>
    <message>
        <source>Add an &amp;MQTT feed…</source>
        <translation>Ajouter un flux &amp;MQTT…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Importer l&apos;historique…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importer l&apos;historique</translation>
    </message>
    <message>
        <source>Open a territory first.</source>
        <translation>Ouvrez d&apos;abord un territoire.</translation>
    </message>
</context>
<context>
    <name>vigie::FeedsService</name>
    <message>
        <source>No territory is open.</source>
        <translation>Aucun territoire n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Built-in replay (L-Town SCADA, lighting, bins)</source>
        <translation>Rejeu intégré (SCADA L-Town, éclairage, conteneurs)</translation>
    </message>
    <message>
        <source>Retention not applied: %1</source>
        <translation>Rétention non appliquée : %1</translation>
    </message>
    <message>
        <source>Retention: %1 raw values older than %2 days moved into 15-minute aggregates</source>
        <translation>Rétention : %1 valeurs brutes de plus de %2 jours transférées dans des agrégats sur 15 minutes</translation>
    </message>
</context>
<context>
    <name>vigie::ImportDialog</name>
    <message>
        <source>Import into the territory</source>
        <translation>Importer dans le territoire</translation>
    </message>
    <message>
        <source>GeoPackage, GeoJSON, Shapefile, CSV with coordinates, FlatGeobuf…</source>
        <translation>GeoPackage, GeoJSON, Shapefile, CSV avec coordonnées, FlatGeobuf…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation>Couche source</translation>
    </message>
    <message>
        <source>Target layer</source>
        <translation>Couche cible</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Correspondance des champs</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Champ cible</translation>
    </message>
    <message>
        <source>Fields are matched by name or title; choose another target field or “not imported” for each source field.</source>
        <translation>Les champs sont associés par nom ou par titre ; choisissez un autre champ cible ou « non importé » pour chaque champ source.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Skip invalid features and list them (otherwise one invalid feature cancels the whole import)</source>
        <translation>Ignorer les entités non valides et les lister (sinon, une seule entité non valide annule tout l&apos;import)</translation>
    </message>
    <message>
        <source>Override the source CRS</source>
        <translation>Remplacer le SCR de la source</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>%1: no vector layer found</source>
        <translation>%1 : aucune couche vecteur trouvée</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importé —</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n source field(s) mapped.</source>
        <translation>
            <numerusform>%n champ source associé.</numerusform>
            <numerusform>%n champs sources associés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required target fields without a source: %1. Features without them will be rejected.</source>
        <translation>Champs cibles obligatoires sans source : %1. Les entités qui ne les renseignent pas seront rejetées.</translation>
    </message>
</context>
<context>
    <name>vigie::ImportReportDialog</name>
    <message>
        <source>Import into %1 cancelled: nothing was changed.</source>
        <translation>Import dans %1 annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Import into %1 failed and was rolled back: %2</source>
        <translation>L&apos;import dans %1 a échoué et a été annulé : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) imported into %1.</source>
        <translation>
            <numerusform>%n entité importée dans %1.</numerusform>
            <numerusform>%n entités importées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) imported into %1, %2 rejected.</source>
        <translation>
            <numerusform>%n entité importée dans %1, %2 rejetée(s).</numerusform>
            <numerusform>%n entités importées dans %1, %2 rejetée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Source fields not imported: %1</source>
        <translation>Champs sources non importés : %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copier la liste</translation>
    </message>
</context>
<context>
    <name>vigie::LightingPanel</name>
    <message>
        <source>Street</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Dimensionnement</translation>
    </message>
    <message>
        <source>off</source>
        <translation>éteint</translation>
    </message>
    <message>
        <source>Required %1: %2 % of the design level; delivered %3 %; uniformity %4; %5</source>
        <translation>Classe requise %1 : %2 % du niveau de dimensionnement ; niveau fourni %3 % ; uniformité %4 ; %5</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>NOT compliant</source>
        <translation>NON conforme</translation>
    </message>
    <message>
        <source>No territory</source>
        <translation>Aucun territoire</translation>
    </message>
    <message>
        <source>Map by:</source>
        <translation>Représenter par :</translation>
    </message>
    <message>
        <source>How the lit streets and luminaires are drawn on the map</source>
        <translation>Mode de représentation des voies éclairées et des luminaires sur la carte</translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation>Optimiser</translation>
    </message>
    <message>
        <source>Adaptive dimming (LP) and LED retrofit plan (MILP) in the background</source>
        <translation>Gradation adaptative (PL) et plan de passage en LED (PLNE), calculés en arrière-plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>Loading the inventory… %1 s</source>
        <translation>Chargement de l&apos;inventaire… %1 s</translation>
    </message>
    <message>
        <source> € / year</source>
        <translation> € / an</translation>
    </message>
    <message>
        <source>Gross LED retrofit investment per year; 0: dimming only</source>
        <translation>Investissement brut annuel de passage en LED ; 0 : gradation seule</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>whole cabinets</source>
        <translation>armoires entières</translation>
    </message>
    <message>
        <source>single luminaires</source>
        <translation>luminaires à l&apos;unité</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Switch off pedestrian and residential streets (P classes) at night (arrêté of 27 December 2018)</source>
        <translation>Éteindre la nuit les voies piétonnes et résidentielles (classes P) (arrêté du 27 décembre 2018)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
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
        <translation> € / armoire</translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation>Budget annuel</translation>
    </message>
    <message>
        <source>Plan length</source>
        <translation>Durée du plan</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Rénover par</translation>
    </message>
    <message>
        <source>Switch-off (P classes)</source>
        <translation>Extinction (classes P)</translation>
    </message>
    <message>
        <source>Peak tariff</source>
        <translation>Tarif heures pleines</translation>
    </message>
    <message>
        <source>Off-peak tariff (22:00-06:00)</source>
        <translation>Tarif heures creuses (22:00-06:00)</translation>
    </message>
    <message>
        <source>Carbon factor</source>
        <translation>Facteur d&apos;émission</translation>
    </message>
    <message>
        <source>CEE subsidy</source>
        <translation>Prime CEE</translation>
    </message>
    <message>
        <source>LED lantern, fitted</source>
        <translation>Lanterne LED, posée</translation>
    </message>
    <message>
        <source>Cabinet conversion</source>
        <translation>Rénovation d&apos;une armoire</translation>
    </message>
    <message>
        <source>Defaults: Tarif Bleu HP/HC of 1 Feb 2025 (TTC), ADEME 2022 mix, CEE sheet RES-EC-104. Lights on from sunset to sunrise (NOAA) at the territory&apos;s position.</source>
        <translation>Valeurs par défaut : Tarif Bleu HP/HC du 1er février 2025 (TTC), mix ADEME 2022, fiche CEE RES-EC-104. Éclairage allumé du coucher au lever du soleil (NOAA) à la position du territoire.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Dimming only</source>
        <translation>Gradation seule</translation>
    </message>
    <message>
        <source>After the plan</source>
        <translation>Après le plan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>kWh / year</source>
        <translation>kWh / an</translation>
    </message>
    <message>
        <source>€ / year</source>
        <translation>€ / an</translation>
    </message>
    <message>
        <source>t CO₂ / year</source>
        <translation>t CO₂ / an</translation>
    </message>
    <message>
        <source>Plan per year</source>
        <translation>Plan par année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Luminaires</source>
        <translation>Points lumineux</translation>
    </message>
    <message>
        <source>Cost (€)</source>
        <translation>Coût (€)</translation>
    </message>
    <message>
        <source>CEE (€)</source>
        <translation>CEE (€)</translation>
    </message>
    <message>
        <source>kWh saved/yr</source>
        <translation>kWh économisés/an</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Filter streets by name, id or class</source>
        <translation>Filtrer les voies par nom, identifiant ou classe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Street profile</source>
        <translation>Fiche de la voie</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territoire : %1</translation>
    </message>
    <message>
        <source>%1 luminaires, %2 lit streets (%3 unlinked luminaires). Set the parameters and click Optimise.</source>
        <translation>%1 luminaires, %2 voies éclairées (%3 luminaires non rattachés à une voie). Réglez les paramètres et cliquez sur Optimiser.</translation>
    </message>
    <message>
        <source>Open a territory with street lighting first.</source>
        <translation>Ouvrez d&apos;abord un territoire comportant de l&apos;éclairage public.</translation>
    </message>
    <message>
        <source>Optimised in %1 s: %2 % less energy, %3 % of street × band cells compliant.</source>
        <translation>Optimisé en %1 s : %2 % d&apos;énergie en moins, %3 % des cellules voie × plage horaire conformes.</translation>
    </message>
    <message>
        <source>Optimisation failed: %1</source>
        <translation>Échec de l&apos;optimisation : %1</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Optimisation cancelled; the previous results are kept.</source>
        <translation>Optimisation annulée ; les résultats précédents sont conservés.</translation>
    </message>
    <message>
        <source>Lighting analysis</source>
        <translation>Analyse de l&apos;éclairage</translation>
    </message>
    <message>
        <source>No dimming proposed yet: every luminaire is at full power until you click Optimise.</source>
        <translation>Aucune gradation proposée pour l&apos;instant : chaque luminaire reste à pleine puissance tant que vous n&apos;avez pas cliqué sur Optimiser.</translation>
    </message>
    <message>
        <source>Not optimised yet.</source>
        <translation>Pas encore optimisé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Investment&lt;/b&gt; %1 € (CEE %2 €), &lt;b&gt;payback&lt;/b&gt; %3 years, NPV %4 € (gap to the LP bound %5 %).&lt;br&gt;&lt;b&gt;Compliance&lt;/b&gt;: %6 of %7 street × band cells (%8 %). %9 lit hours per year in %10 bands.</source>
        <translation>&lt;b&gt;Investissement&lt;/b&gt; %1 € (CEE %2 €), &lt;b&gt;temps de retour&lt;/b&gt; %3 ans, VAN %4 € (écart à la borne PL %5 %).&lt;br&gt;&lt;b&gt;Conformité&lt;/b&gt; : %6 cellules voie × plage horaire sur %7 (%8 %). %9 heures d&apos;éclairage par an, réparties en %10 plages horaires.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Class %2&lt;/b&gt; (%3, %4 km/h, %5 vehicles/day%6). %7 luminaires.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Classe %2&lt;/b&gt; (%3, %4 km/h, %5 véhicules/jour%6). %7 luminaires.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, counted</source>
        <translation>, selon comptage</translation>
    </message>
    <message>
        <source>, default for the road type</source>
        <translation>, valeur par défaut du type de voie</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why this class&lt;/b&gt; (CEN/TR 13201-1 weighting):&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Justification de la classe&lt;/b&gt; (pondération CEN/TR 13201-1) :&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Proposed dimming&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gradation proposée&lt;/b&gt; : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no lighting analysis to report</source>
        <translation>aucune analyse d&apos;éclairage à présenter</translation>
    </message>
    <message>
        <source>-lighting.pdf</source>
        <translation>-eclairage.pdf</translation>
    </message>
    <message>
        <source>Street lighting report</source>
        <translation>Rapport d&apos;éclairage public</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Report written: %1 (%2 pages)</source>
        <translation>Rapport écrit : %1 (%2 pages)</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Éclairage public</translation>
    </message>
    <message>
        <source>&amp;Lighting</source>
        <translation>É&amp;clairage</translation>
    </message>
    <message>
        <source>&amp;Show the lighting panel</source>
        <translation>&amp;Afficher le panneau de l&apos;éclairage</translation>
    </message>
    <message>
        <source>&amp;Optimise</source>
        <translation>&amp;Optimiser</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>Rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Optimising: %1… %2 %, %3 s</source>
        <translation>Optimisation : %1… %2 %, %3 s</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
</context>
<context>
    <name>vigie::LightingPlugin</name>
    <message>
        <source>Street lighting</source>
        <translation>Éclairage public</translation>
    </message>
    <message>
        <source>Simulated attributes</source>
        <translation>Attributs simulés</translation>
    </message>
    <message>
        <source>Luminaires</source>
        <translation>Points lumineux</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Lantern type</source>
        <translation>Type de lanterne</translation>
    </message>
    <message>
        <source>Lamp technology</source>
        <translation>Technologie de la lampe</translation>
    </message>
    <message>
        <source>Lamp power (W)</source>
        <translation>Puissance de la lampe (W)</translation>
    </message>
    <message>
        <source>Ballast or driver loss (W)</source>
        <translation>Pertes du ballast ou du driver (W)</translation>
    </message>
    <message>
        <source>Mounting height (m)</source>
        <translation>Hauteur de feu (m)</translation>
    </message>
    <message>
        <source>Dimmable</source>
        <translation>Gradable</translation>
    </message>
    <message>
        <source>Control protocol</source>
        <translation>Protocole de commande</translation>
    </message>
    <message>
        <source>Year installed</source>
        <translation>Année d&apos;installation</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Armoire</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Lighting cabinets</source>
        <translation>Armoires de commande</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Circuits</source>
        <translation>Départs</translation>
    </message>
    <message>
        <source>Contracted power (kVA)</source>
        <translation>Puissance souscrite (kVA)</translation>
    </message>
    <message>
        <source>Add the ballast or driver loss and the control protocol to luminaires</source>
        <translation>Ajouter aux points lumineux les pertes du ballast ou du driver et le protocole de commande</translation>
    </message>
</context>
<context>
    <name>vigie::LogPanel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
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
        <translation>Enregistrer le territoire de démonstration sous</translation>
    </message>
    <message>
        <source>Territory (*.gpkg)</source>
        <translation>Territoire (*.gpkg)</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Impossible de remplacer %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a new territory file</source>
        <translation>Créer un nouveau fichier de territoire</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a territory file</source>
        <translation>Ouvrir un fichier de territoire</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import features from a GIS file into a territory layer</source>
        <translation>Importer des entités d&apos;un fichier SIG dans une couche du territoire</translation>
    </message>
    <message>
        <source>&amp;Export layer…</source>
        <translation>&amp;Exporter une couche…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export a territory layer to GeoPackage, GeoJSON or Shapefile</source>
        <translation>Exporter une couche du territoire en GeoPackage, GeoJSON ou Shapefile</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Déplacer la carte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Identify features</source>
        <translation>&amp;Identifier des entités</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Click a feature to show its attributes</source>
        <translation>Cliquez sur une entité pour afficher ses attributs</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoom sur l&apos;&amp;emprise totale</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Previous extent</source>
        <translation>Emprise &amp;précédente</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Next extent</source>
        <translation>Emprise &amp;suivante</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;New bookmark…</source>
        <translation>&amp;Nouveau signet…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Save the current view as a bookmark in the territory</source>
        <translation>Enregistrer la vue actuelle comme signet dans le territoire</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Territoire</translation>
    </message>
    <message>
        <source>&amp;Recent territories</source>
        <translation>Territoires &amp;récents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>&amp;Toolbars</source>
        <translation>Barres d&apos;&amp;outils</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Signets</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Localiser</translation>
    </message>
    <message>
        <source>Zoom to a district or a commune</source>
        <translation>Zoomer sur un quartier ou une commune</translation>
    </message>
    <message>
        <source>Zoom to </source>
        <translation>Zoomer sur </translation>
    </message>
    <message>
        <source>Search a street, district or commune…</source>
        <translation>Rechercher une voie, un quartier ou une commune…</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation>Résultats de l&apos;identification</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Rendering the map</source>
        <translation>Rendu de la carte</translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Map coordinate of the mouse, in the territory CRS</source>
        <translation>Coordonnées de la souris sur la carte, dans le SCR du territoire</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Current map scale</source>
        <translation>Échelle actuelle de la carte</translation>
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
        <translation>démo</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
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
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit?</source>
        <translation>Un import est en cours. L&apos;annuler et quitter ?</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>Cannot open the territory %1:
%2</source>
        <translation>Impossible d&apos;ouvrir le territoire %1 :
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot create the territory %1:
%2</source>
        <translation>Impossible de créer le territoire %1 :
%2</translation>
    </message>
    <message>
        <source>Territory coordinate reference system: %1</source>
        <translation>Système de coordonnées de référence du territoire : %1</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Open a territory</source>
        <translation>Ouvrir un territoire</translation>
    </message>
    <message>
        <source>Territory (*.gpkg);;All files (*)</source>
        <translation>Territoire (*.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Building the %1 demo territory from public data…</source>
        <translation>Construction du territoire de démonstration %1 à partir des données publiques…</translation>
    </message>
    <message>
        <source>Demo territory</source>
        <translation>Territoire de démonstration</translation>
    </message>
    <message>
        <source>Cannot build the %1 demo territory in %2:
%3</source>
        <translation>Impossible de construire le territoire de démonstration %1 dans %2 :
%3</translation>
    </message>
    <message>
        <source>District or commune…</source>
        <translation>Quartier ou commune…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing named “%1” in the territory</source>
        <translation>Rien ne porte le nom « %1 » dans le territoire</translation>
    </message>
    <message>
        <source>New bookmark</source>
        <translation>Nouveau signet</translation>
    </message>
    <message>
        <source>Name of the current view:</source>
        <translation>Nom de la vue actuelle :</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vue %1</translation>
    </message>
    <message>
        <source>Cannot add the bookmark: %1</source>
        <translation>Impossible d&apos;ajouter le signet : %1</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be imported into it.</source>
        <translation>%1 est ouvert en lecture seule : rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Un import est déjà en cours.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>Import de %1 dans %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancelling: rolling the import back…</source>
        <translation>Annulation : retour à l&apos;état d&apos;avant l&apos;import…</translation>
    </message>
    <message>
        <source>Importing %1 into %2</source>
        <translation>Import de %1 dans %2</translation>
    </message>
    <message>
        <source>Export a layer</source>
        <translation>Exporter une couche</translation>
    </message>
    <message>
        <source>Layer to export:</source>
        <translation>Couche à exporter :</translation>
    </message>
    <message>
        <source>Export %1 to</source>
        <translation>Exporter %1 vers</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Export de %1 vers %2…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
    <message>
        <source>Cannot export %1 to %2:
%3</source>
        <translation>Impossible d&apos;exporter %1 vers %2 :
%3</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Control room for smart territories: networks, assets and their live state on one map.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QGIS&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;GDAL&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PROJ&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Licence: GNU GPL version 2 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Centre de supervision des territoires intelligents : réseaux, équipements et leur état en temps réel sur une seule carte.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (compilé avec %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QGIS&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;GDAL&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PROJ&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Licence : GNU GPL version 2 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>&amp;Open participatory budget…</source>
        <translation>&amp;Ouvrir un budget participatif…</translation>
    </message>
    <message>
        <source>Open a participatory-budget file (Pabulib .pb) in the budget panel</source>
        <translation>Ouvrir un fichier de budget participatif (Pabulib .pb) dans le panneau du budget</translation>
    </message>
    <message>
        <source>B&amp;udget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Budget participatif</translation>
    </message>
    <message>
        <source>Open &amp;PostGIS territory…</source>
        <translation>Ouvrir un territoire &amp;PostGIS…</translation>
    </message>
    <message>
        <source>Open a territory shared in a PostgreSQL/PostGIS database</source>
        <translation>Ouvrir un territoire partagé dans une base de données PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <source>Edits made on other desktops will not appear by themselves: %1</source>
        <translation>Les modifications faites sur d&apos;autres postes n&apos;apparaîtront pas d&apos;elles-mêmes : %1</translation>
    </message>
    <message>
        <source>Take an &amp;offline copy…</source>
        <translation>Faire une copie &amp;hors ligne…</translation>
    </message>
    <message>
        <source>Copy part of the territory into a GeoPackage to edit it without the server</source>
        <translation>Copier une partie du territoire dans un GeoPackage pour la modifier sans le serveur</translation>
    </message>
    <message>
        <source>S&amp;ynchronise with the server…</source>
        <translation>S&amp;ynchroniser avec le serveur…</translation>
    </message>
    <message>
        <source>Send the edits of this offline copy to its territory and bring back the server&apos;s</source>
        <translation>Envoyer les modifications de cette copie hors ligne à son territoire et rapporter celles du serveur</translation>
    </message>
</context>
<context>
    <name>vigie::NewTerritoryDialog</name>
    <message>
        <source>New territory</source>
        <translation>Nouveau territoire</translation>
    </message>
    <message>
        <source>e.g. Montpellier Méditerranée Métropole</source>
        <translation>p. ex. Montpellier Méditerranée Métropole</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>INSEE codes separated by commas, e.g. 34172, 34057</source>
        <translation>Codes INSEE séparés par des virgules, p. ex. 34172, 34057</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Coordinate reference system</source>
        <translation>Système de coordonnées de référence</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>New territory file</source>
        <translation>Nouveau fichier de territoire</translation>
    </message>
    <message>
        <source>Territory (*.gpkg)</source>
        <translation>Territoire (*.gpkg)</translation>
    </message>
    <message>
        <source>Give the territory a name.</source>
        <translation>Donnez un nom au territoire.</translation>
    </message>
    <message>
        <source>Choose a coordinate reference system.</source>
        <translation>Choisissez un système de coordonnées de référence.</translation>
    </message>
    <message>
        <source>Choose the territory file.</source>
        <translation>Choisissez le fichier du territoire.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another file.</source>
        <translation>%1 existe déjà : choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>vigie::PgConnectDialog</name>
    <message>
        <source>Open a PostGIS territory</source>
        <translation>Ouvrir un territoire PostGIS</translation>
    </message>
    <message>
        <source>db.example.org (empty: local socket)</source>
        <translation>db.example.org (vide : socket local)</translation>
    </message>
    <message>
        <source>from the authentication configuration</source>
        <translation>depuis la configuration d&apos;authentification</translation>
    </message>
    <message>
        <source>a pg_service.conf entry (instead of host and database)</source>
        <translation>une entrée de pg_service.conf (au lieu de l&apos;hôte et de la base de données)</translation>
    </message>
    <message>
        <source>prefer (libpq default)</source>
        <translation>prefer (valeur par défaut de libpq)</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>disable</translation>
    </message>
    <message>
        <source>require (encrypted)</source>
        <translation>require (chiffré)</translation>
    </message>
    <message>
        <source>verify-ca</source>
        <translation>verify-ca</translation>
    </message>
    <message>
        <source>verify-full (encrypted, server checked)</source>
        <translation>verify-full (chiffré, serveur vérifié)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>Mode SS&amp;L :</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Identifiants :</translation>
    </message>
    <message>
        <source>The password is kept in the encrypted QGIS authentication database (or in ~/.pgpass), never with the territory.</source>
        <translation>Le mot de passe est conservé dans la base d&apos;authentification chiffrée de QGIS (ou dans ~/.pgpass), jamais avec le territoire.</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territoire : %1</translation>
    </message>
</context>
<context>
    <name>vigie::PresentationWindow</name>
    <message>
        <source>Presentation — Vigie</source>
        <translation>Présentation — Vigie</translation>
    </message>
    <message>
        <source>%1 — Vigie</source>
        <translation>%1 — Vigie</translation>
    </message>
    <message>
        <source>no slide</source>
        <translation>aucune diapositive</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This deck has no slide.</source>
        <translation>Ce diaporama ne contient aucune diapositive.</translation>
    </message>
    <message>
        <source>%1

This slide could not be drawn: %2</source>
        <translation>%1

Cette diapositive n&apos;a pas pu être affichée : %2</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Diapositive %1</translation>
    </message>
</context>
<context>
    <name>vigie::PresenterView</name>
    <message>
        <source>Presenter view — Vigie</source>
        <translation>Vue présentateur — Vigie</translation>
    </message>
    <message>
        <source>Time since the start of the presentation (click to restart)</source>
        <translation>Temps écoulé depuis le début de la présentation (cliquez pour le remettre à zéro)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 (black screen)</source>
        <translation>%1 (écran noir)</translation>
    </message>
    <message>
        <source>(no notes for this slide)</source>
        <translation>(aucune note pour cette diapositive)</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Fin de la présentation</translation>
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
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Present the review deck of the territory full screen (F5)</source>
        <translation>Présenter le diaporama du territoire en plein écran (F5)</translation>
    </message>
    <message>
        <source>Build the review deck of the territory and show it full screen</source>
        <translation>Générer le diaporama du territoire et l&apos;afficher en plein écran</translation>
    </message>
    <message>
        <source>Present &amp;with…</source>
        <translation>Présenter a&amp;vec…</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Choose the agenda, the language and the theme, then present</source>
        <translation>Choisir l&apos;ordre du jour, la langue et le thème, puis présenter</translation>
    </message>
    <message>
        <source>&amp;Agendas…</source>
        <translation>&amp;Ordres du jour…</translation>
    </message>
    <message>
        <source>Choose, order and title the slides of the meeting agendas; export the deck as PDF or PNG</source>
        <translation>Choisir, ordonner et intituler les diapositives des ordres du jour des réunions ; exporter le diaporama en PDF ou en PNG</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Open a territory first: the review deck is built from it.</source>
        <translation>Ouvrez d&apos;abord un territoire : le diaporama est généré à partir de celui-ci.</translation>
    </message>
    <message>
        <source>The deck is already being built.</source>
        <translation>Le diaporama est déjà en cours de génération.</translation>
    </message>
    <message>
        <source>The agenda « %1 » cannot be read: %2</source>
        <translation>Impossible de lire l&apos;ordre du jour « %1 » : %2</translation>
    </message>
    <message>
        <source>Building the deck « %1 »…</source>
        <translation>Génération du diaporama « %1 »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Building the review deck…</source>
        <translation>Génération du diaporama…</translation>
    </message>
    <message>
        <source>Presentation cancelled.</source>
        <translation>Présentation annulée.</translation>
    </message>
    <message>
        <source>The review deck could not be built: %1</source>
        <translation>Le diaporama n&apos;a pas pu être généré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Deck « %1 »: %n slide(s), built in %2 s</source>
        <translation>
            <numerusform>Diaporama « %1 » : %n diapositive, généré en %2 s</numerusform>
            <numerusform>Diaporama « %1 » : %n diapositives, généré en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>The agendas of the territory cannot be read: %1</source>
        <translation>Impossible de lire les ordres du jour du territoire : %1</translation>
    </message>
    <message>
        <source>Open a territory first: its agendas are saved in it.</source>
        <translation>Ouvrez d&apos;abord un territoire : ses ordres du jour y sont enregistrés.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>Export the deck as &amp;PDF…</source>
        <translation>Exporter le diaporama en &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the review deck as a PDF handout (the deck on screen when presenting)</source>
        <translation>Enregistrer le diaporama sous forme de document PDF à distribuer (le diaporama affiché pendant la présentation)</translation>
    </message>
    <message>
        <source>Export the deck as P&amp;NG images…</source>
        <translation>Exporter le diaporama en images P&amp;NG…</translation>
    </message>
    <message>
        <source>Write one PNG image per page of the review deck into a folder</source>
        <translation>Enregistrer une image PNG par page du diaporama dans un dossier</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Exporting the deck…</source>
        <translation>Exportation du diaporama…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>Deck written: %1</source>
        <translation>Diaporama enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written in %1</source>
        <translation>
            <numerusform>%n image enregistrée dans %1</numerusform>
            <numerusform>%n images enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The deck could not be exported: %1</source>
        <translation>Le diaporama n&apos;a pas pu être exporté : %1</translation>
    </message>
    <message>
        <source>Export the deck as PDF</source>
        <translation>Exporter le diaporama en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PNG images of the deck</source>
        <translation>Dossier des images PNG de la présentation</translation>
    </message>
</context>
<context>
    <name>vigie::ReviewOptionsDialog</name>
    <message>
        <source>Present the review deck</source>
        <translation>Présenter le diaporama</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Light (bright rooms)</source>
        <translation>Clair (salles lumineuses)</translation>
    </message>
    <message>
        <source>Dark (dim rooms, projectors)</source>
        <translation>Sombre (salles peu éclairées, vidéoprojecteurs)</translation>
    </message>
    <message>
        <source>With one screen, show the presenter view in a window (rehearsal)</source>
        <translation>Avec un seul écran, afficher la vue présentateur dans une fenêtre (répétition)</translation>
    </message>
    <message numerus="yes">
        <source>%n screens: the slides go to the projector, the presenter view stays on this screen.</source>
        <translation>
            <numerusform>%n écran : les diapositives vont au vidéoprojecteur, la vue présentateur reste sur cet écran.</numerusform>
            <numerusform>%n écrans : les diapositives vont au vidéoprojecteur, la vue présentateur reste sur cet écran.</numerusform>
        </translation>
    </message>
    <message>
        <source>One screen: the slides fill it; Esc leaves, B blanks it.</source>
        <translation>Un seul écran : les diapositives l&apos;occupent entièrement ; Échap pour quitter, B pour afficher un écran noir.</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordre du jour :</translation>
    </message>
    <message>
        <source>&amp;Language of the deck:</source>
        <translation>&amp;Langue du diaporama :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapBudgetChart</name>
    <message>
        <source>Capex per year against the cap (M€)</source>
        <translation>Investissement annuel par rapport au plafond (M€)</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapGanttView</name>
    <message>
        <source>Drag a bar to move the project&apos;s start; double-click to edit it. Red outline: critical path.</source>
        <translation>Faites glisser une barre pour déplacer le début du projet ; double-cliquez pour le modifier. Contour rouge : chemin critique.</translation>
    </message>
    <message>
        <source>No project in the roadmap.</source>
        <translation>Aucun projet dans la feuille de route.</translation>
    </message>
    <message>
        <source>%1
%2 → %3 (%4 months), %5
%6</source>
        <translation>%1
%2 → %3 (%4 mois), %5
%6</translation>
    </message>
    <message>
        <source>Committed: its dates are fixed.</source>
        <translation>Engagé : ses dates sont figées.</translation>
    </message>
    <message>
        <source>Drag to move its start.</source>
        <translation>Faites glisser pour déplacer son début.</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapKpiChart</name>
    <message>
        <source>KPI tracking: measured vs target</source>
        <translation>Suivi des indicateurs : mesuré par rapport à la cible</translation>
    </message>
    <message>
        <source>KPI tracking: %1</source>
        <translation>Suivi des indicateurs : %1</translation>
    </message>
    <message>
        <source>KPI tracking: select a project</source>
        <translation>Suivi des indicateurs : sélectionnez un projet</translation>
    </message>
    <message>
        <source>Target (100 %)</source>
        <translation>Cible (100 %)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>%1: %2 / %3 %4</source>
        <translation>%1 : %2 / %3 %4</translation>
    </message>
    <message>
        <source>%1: not measured / %2 %3</source>
        <translation>%1 : non mesuré / %2 %3</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapMatrixChart</name>
    <message>
        <source>Impact / effort matrix</source>
        <translation>Matrice impact / effort</translation>
    </message>
    <message>
        <source>Effort (cost and duration, 0-1)</source>
        <translation>Effort (coût et durée, 0-1)</translation>
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
        <translation>Fusionner des fichiers de feuille de route</translation>
    </message>
    <message>
        <source>Base (common ancestor)</source>
        <translation>Base (ancêtre commun)</translation>
    </message>
    <message>
        <source>The roadmap file both copies started from</source>
        <translation>Le fichier de feuille de route dont les deux copies sont issues</translation>
    </message>
    <message>
        <source>Ours (my copy)</source>
        <translation>Notre version (ma copie)</translation>
    </message>
    <message>
        <source>Your edited copy</source>
        <translation>Votre copie modifiée</translation>
    </message>
    <message>
        <source>Theirs (their copy)</source>
        <translation>Leur version (copie du collègue)</translation>
    </message>
    <message>
        <source>The colleague&apos;s edited copy</source>
        <translation>La copie modifiée par votre collègue</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Choose the three files, then Merge.</source>
        <translation>Choisissez les trois fichiers, puis cliquez sur Fusionner.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Notre version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Save merged as…</source>
        <translation>&amp;Enregistrer la fusion sous…</translation>
    </message>
    <message>
        <source>merge the files first</source>
        <translation>fusionnez d&apos;abord les fichiers</translation>
    </message>
    <message>
        <source>%1 is one of the inputs: a merge never overwrites its inputs; choose a new file</source>
        <translation>%1 est l&apos;un des fichiers d&apos;entrée : une fusion n&apos;écrase jamais ses fichiers d&apos;entrée ; choisissez un nouveau fichier</translation>
    </message>
    <message>
        <source>(roadmap)</source>
        <translation>(feuille de route)</translation>
    </message>
    <message>
        <source>(whole project)</source>
        <translation>(projet entier)</translation>
    </message>
    <message>
        <source>%1 projects merged: %2 change(s) from ours, %3 from theirs. %4 conflict(s) to resolve.</source>
        <translation>%1 projets fusionnés : %2 modification(s) de notre côté, %3 du leur. %4 conflit(s) à résoudre.</translation>
    </message>
    <message>
        <source>Nothing left to resolve: save the merged file.</source>
        <translation>Plus rien à résoudre : enregistrez le fichier fusionné.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Roadmap file</source>
        <translation>Fichier de feuille de route</translation>
    </message>
    <message>
        <source>Roadmap (*.json *.roadmap);;All files (*)</source>
        <translation>Feuille de route (*.json *.roadmap);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Edit the value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <source>Value of &quot;%1&quot; (JSON):</source>
        <translation>Valeur de « %1 » (JSON) :</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>le projet entier</translation>
    </message>
    <message>
        <source>The edited value is not valid JSON: %1</source>
        <translation>La valeur modifiée n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>merged.json</source>
        <translation>merged.json</translation>
    </message>
    <message>
        <source>Save the merged roadmap</source>
        <translation>Enregistrer la feuille de route fusionnée</translation>
    </message>
    <message>
        <source>Roadmap (*.json)</source>
        <translation>Feuille de route (*.json)</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapPanel</name>
    <message>
        <source>Vigie user</source>
        <translation>Utilisateur Vigie</translation>
    </message>
    <message>
        <source>No roadmap: open a territory.</source>
        <translation>Aucune feuille de route : ouvrez un territoire.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Ajouter un projet</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the selected project (or double-click its bar)</source>
        <translation>Modifier le projet sélectionné (ou double-cliquer sur sa barre)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected project</source>
        <translation>Supprimer le projet sélectionné</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Plan the starts under the yearly caps and the dependencies (MILP, GLPK)</source>
        <translation>Planifier les démarrages sous les plafonds annuels, en respectant les dépendances (PLNE, GLPK)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Save the current plan as the baseline</source>
        <translation>Enregistrer le plan actuel comme référence</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Three-way merge of roadmap files edited offline</source>
        <translation>Fusion à trois voies de fichiers de feuille de route modifiés hors ligne</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Replace the territory&apos;s roadmap by a roadmap file (e.g. a merge result)</source>
        <translation>Remplacer la feuille de route du territoire par un fichier de feuille de route (p. ex. le résultat d&apos;une fusion)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Roadmap file, CSV, iCalendar or GanttProject</source>
        <translation>Fichier de feuille de route, CSV, iCalendar ou GanttProject</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>Title, Gantt, budget per year, ranking and critical path, one page each</source>
        <translation>Titre, Gantt, budget par année, classement et chemin critique, une page pour chacun</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Citizen demand</source>
        <translation>Demande citoyenne</translation>
    </message>
    <message>
        <source>Weight of %1 (weights are normalised to a sum of 1)</source>
        <translation>Poids du critère %1 (les poids sont ramenés à une somme de 1)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Cap (€)</source>
        <translation>Plafond (€)</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Edit a cap (empty: no cap). A cap below the spending already committed that year is refused.</source>
        <translation>Modifiez un plafond (vide : sans plafond). Un plafond inférieur aux dépenses déjà engagées cette année-là est refusé.</translation>
    </message>
    <message>
        <source>Budget cap for %1: &quot;%2&quot; is not an amount</source>
        <translation>Plafond budgétaire pour %1 : « %2 » n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Enter the measured value of a KPI in the last column</source>
        <translation>Saisissez la valeur mesurée d&apos;un indicateur dans la dernière colonne</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>Indicateur « %1 » : « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Roadmap of %1: %2 projects (saved %3).</source>
        <translation>Feuille de route de %1 : %2 projets (enregistrée le %3).</translation>
    </message>
    <message>
        <source>%1 has no roadmap yet: add projects or open a roadmap file.</source>
        <translation>%1 n&apos;a pas encore de feuille de route : ajoutez des projets ou ouvrez un fichier de feuille de route.</translation>
    </message>
    <message>
        <source>No territory is open: the roadmap is not saved.</source>
        <translation>Aucun territoire n&apos;est ouvert : la feuille de route n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>%1 — %2 projects, ends %3</source>
        <translation>%1 — %2 projets, fin %3</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a project (click its bar) to see its details and its linked features on the map. Drag a bar to move the project; double-click it to edit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Critical path&lt;/b&gt; (red): %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un projet (cliquez sur sa barre) pour afficher ses détails et les entités qui lui sont liées sur la carte. Faites glisser une barre pour déplacer le projet ; double-cliquez dessus pour le modifier.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Chemin critique&lt;/b&gt; (en rouge) : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Baseline: start slip %1 month(s), finish slip %2, capex variance %3</source>
        <translation>Référence : glissement du début %1 mois, glissement de la fin %2, écart d&apos;investissement %3</translation>
    </message>
    <message>
        <source>on the critical path</source>
        <translation>sur le chemin critique</translation>
    </message>
    <message>
        <source>slack: %1 month(s)</source>
        <translation>marge : %1 mois</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 → %4 (%5 months) · %6</source>
        <translation>%1 · %2 · %3 → %4 (%5 mois) · %6</translation>
    </message>
    <message>
        <source>Capex %1, opex %2 per year. Funding: %3</source>
        <translation>Investissement %1, fonctionnement %2 par an. Financement : %3</translation>
    </message>
    <message>
        <source>Owner: %1. Consulted: %2. Linked on the map: %3 feature(s).</source>
        <translation>Responsable : %1. Parties consultées : %2. Liées sur la carte : %3 entité(s).</translation>
    </message>
    <message>
        <source>Weights %1. Select a project to see how its score is made.</source>
        <translation>Pondérations %1. Sélectionnez un projet pour voir le détail de son score.</translation>
    </message>
    <message>
        <source>Project %1 not changed: %2</source>
        <translation>Projet %1 non modifié : %2</translation>
    </message>
    <message>
        <source>There is no project %1</source>
        <translation>Il n&apos;y a pas de projet %1</translation>
    </message>
    <message>
        <source>Project %1 not removed: project %2 depends on it (field &quot;dependencies&quot;)</source>
        <translation>Projet %1 non supprimé : le projet %2 en dépend (champ &quot;dependencies&quot;)</translation>
    </message>
    <message>
        <source>Project %1, field &quot;start&quot;: the project is %2, its dates are fixed</source>
        <translation>Projet %1, champ &quot;start&quot; : le projet a le statut « %2 », ses dates sont figées</translation>
    </message>
    <message>
        <source>Project %1, field &quot;start&quot;: not a valid month</source>
        <translation>Projet %1, champ &quot;start&quot; : mois non valide</translation>
    </message>
    <message>
        <source>%1 starts after its predecessors end: moved to %2.</source>
        <translation>%1 démarre après la fin de ses prédécesseurs : déplacé à %2.</translation>
    </message>
    <message>
        <source>Project %1, field &quot;start&quot;: moving it to %2 would delay %3, which is %4 (its dates are fixed)</source>
        <translation>Projet %1, champ &quot;start&quot; : le déplacer à %2 retarderait %3, qui a le statut « %4 » (ses dates sont figées)</translation>
    </message>
    <message>
        <source>Moved later to keep the dependency order: %1.</source>
        <translation>Repoussé(s) pour respecter l&apos;ordre des dépendances : %1.</translation>
    </message>
    <message>
        <source>%1 now starts %2.</source>
        <translation>%1 démarre désormais en %2.</translation>
    </message>
    <message>
        <source>Ranking weights: %1</source>
        <translation>Pondérations du classement : %1</translation>
    </message>
    <message>
        <source>Project %1 has no KPI &quot;%2&quot;</source>
        <translation>Le projet %1 n&apos;a pas d&apos;indicateur « %2 »</translation>
    </message>
    <message>
        <source>Project %1, KPI &quot;%2&quot;: not a number</source>
        <translation>Projet %1, indicateur « %2 » : ce n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Schedule: set the yearly budget caps first (Budget tab).</source>
        <translation>Planification : définissez d&apos;abord les plafonds budgétaires annuels (onglet Budget).</translation>
    </message>
    <message>
        <source>Scheduling under the caps…</source>
        <translation>Planification sous les plafonds…</translation>
    </message>
    <message>
        <source>The roadmap changed while scheduling: schedule again.</source>
        <translation>La feuille de route a changé pendant la planification : relancez la planification.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Planification : %1</translation>
    </message>
    <message>
        <source>Optimal plan applied.</source>
        <translation>Plan optimal appliqué.</translation>
    </message>
    <message>
        <source>Feasible plan applied (time limit reached).</source>
        <translation>Plan réalisable appliqué (limite de temps atteinte).</translation>
    </message>
    <message>
        <source>%1 project(s) could not be scheduled under the caps.</source>
        <translation>%1 projet(s) n&apos;ont pas pu être planifiés sous les plafonds.</translation>
    </message>
    <message>
        <source>Writing the PDF report %1…</source>
        <translation>Écriture du rapport PDF %1…</translation>
    </message>
    <message>
        <source>PDF report written: %1</source>
        <translation>Rapport PDF écrit : %1</translation>
    </message>
    <message>
        <source>PDF report: %1</source>
        <translation>Rapport PDF : %1</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Sélectionnez d&apos;abord un projet.</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Remove %1 from the roadmap?</source>
        <translation>Supprimer %1 de la feuille de route ?</translation>
    </message>
    <message>
        <source>Merged roadmap</source>
        <translation>Feuille de route fusionnée</translation>
    </message>
    <message>
        <source>Store the merged roadmap (%1 projects) in the territory, replacing the current one?</source>
        <translation>Enregistrer la feuille de route fusionnée (%1 projets) dans le territoire, à la place de la feuille de route actuelle ?</translation>
    </message>
    <message>
        <source>Open a roadmap file</source>
        <translation>Ouvrir un fichier de feuille de route</translation>
    </message>
    <message>
        <source>Roadmap (*.json);;All files (*)</source>
        <translation>Feuille de route (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Roadmap read from %1.</source>
        <translation>Feuille de route lue depuis %1.</translation>
    </message>
    <message>
        <source>Export the roadmap</source>
        <translation>Exporter la feuille de route</translation>
    </message>
    <message>
        <source>Roadmap file (*.json);;CSV (*.csv);;iCalendar milestones (*.ics);;GanttProject (*.gan)</source>
        <translation>Fichier de feuille de route (*.json);;CSV (*.csv);;Jalons iCalendar (*.ics);;GanttProject (*.gan)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>PDF report of the roadmap</source>
        <translation>Rapport PDF de la feuille de route</translation>
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
        <translation>Référence enregistrée : les dates et les coûts actuels deviennent la nouvelle référence.</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Feuille de route</translation>
    </message>
    <message>
        <source>&amp;Show the roadmap</source>
        <translation>&amp;Afficher la feuille de route</translation>
    </message>
    <message>
        <source>&amp;Merge roadmap files…</source>
        <translation>&amp;Fusionner des fichiers de feuille de route…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>Rapport &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>vigie::RoadmapProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet : %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>SOURCE=EUROS; ... e.g. DSIL=300000; FEDER=200000</source>
        <translation>SOURCE=EUROS ; ... p. ex. DSIL=300000 ; FEDER=200000</translation>
    </message>
    <message>
        <source>KPI|TARGET|UNIT; ... e.g. Energy saved|450000|kWh/year</source>
        <translation>INDICATEUR|CIBLE|UNITÉ ; ... p. ex. Énergie économisée|450000|kWh/an</translation>
    </message>
    <message>
        <source>territory:districts/5; lighting:cabinets/12; ...</source>
        <translation>territory:districts/5 ; lighting:cabinets/12 ; ...</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Opex per year</source>
        <translation>Fonctionnement par an</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Impact (0-10)</source>
        <translation>Impact (0-10)</translation>
    </message>
    <message>
        <source>Feasibility (0-10)</source>
        <translation>Faisabilité (0-10)</translation>
    </message>
    <message>
        <source>Citizen votes</source>
        <translation>Votes citoyens</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Benefits (KPIs)</source>
        <translation>Bénéfices (indicateurs)</translation>
    </message>
    <message>
        <source>Stakeholders consulted</source>
        <translation>Parties prenantes consultées</translation>
    </message>
    <message>
        <source>Linked map features</source>
        <translation>Entités liées sur la carte</translation>
    </message>
    <message>
        <source>(new project)</source>
        <translation>(nouveau projet)</translation>
    </message>
    <message>
        <source>Project %1, field &quot;%2&quot;: %3</source>
        <translation>Projet %1, champ « %2 » : %3</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>un titre est obligatoire</translation>
    </message>
    <message>
        <source>capex</source>
        <translation>investissement</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 est négatif</translation>
    </message>
    <message>
        <source>opex</source>
        <translation>fonctionnement</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>financement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SOURCE=EUROS with an amount &gt;= 0</source>
        <translation>« %1 » n&apos;est pas de la forme SOURCE=EUROS avec un montant &gt;= 0</translation>
    </message>
    <message>
        <source>benefits</source>
        <translation>bénéfices</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KPI|TARGET|UNIT with a numeric target</source>
        <translation>« %1 » n&apos;est pas de la forme INDICATEUR|CIBLE|UNITÉ avec une cible numérique</translation>
    </message>
</context>
<context>
    <name>vigie::SlideImageCache</name>
    <message>
        <source>There is no slide %1 (the deck has %2).</source>
        <translation>Il n&apos;y a pas de diapositive %1 (la présentation en compte %2).</translation>
    </message>
    <message>
        <source>Nothing to draw the slides with.</source>
        <translation>Aucun moteur de rendu pour dessiner les diapositives.</translation>
    </message>
    <message>
        <source>Slide %1 could not be drawn.</source>
        <translation>La diapositive %1 n&apos;a pas pu être dessinée.</translation>
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
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n octet de données binaires)</numerusform>
            <numerusform>(%n octets de données binaires)</numerusform>
        </translation>
    </message>
    <message>
        <source>whole row: deleted offline, edited on the server</source>
        <translation>ligne entière : supprimée hors ligne, modifiée sur le serveur</translation>
    </message>
    <message>
        <source>whole row: edited offline, deleted on the server</source>
        <translation>ligne entière : modifiée hors ligne, supprimée sur le serveur</translation>
    </message>
    <message>
        <source>whole row: added on both sides</source>
        <translation>ligne entière : ajoutée des deux côtés</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>At checkout</source>
        <translation>À l&apos;extraction</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>vigie::SyncDialog</name>
    <message>
        <source>Synchronise with the Server</source>
        <translation>Synchroniser avec le serveur</translation>
    </message>
    <message>
        <source>Offline copy &lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt;. A dry run shows first what the synchronisation would do; nothing is written until you press Synchronise.</source>
        <translation>Copie hors ligne &lt;b&gt;%1&lt;/b&gt; de &lt;b&gt;%2&lt;/b&gt;. Une simulation montre d&apos;abord ce que ferait la synchronisation ; rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Synchroniser.</translation>
    </message>
    <message>
        <source>Take the Server&apos;s Value</source>
        <translation>Reprendre la valeur du serveur</translation>
    </message>
    <message>
        <source>Write the server&apos;s value into the offline copy: the conflict is gone at the next synchronisation</source>
        <translation>Écrire la valeur du serveur dans la copie hors ligne : le conflit disparaît à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Keep the Offline Value</source>
        <translation>Garder la valeur hors ligne</translation>
    </message>
    <message>
        <source>Keep the offline value (or the offline deletion): the next synchronisation sends it to the server</source>
        <translation>Garder la valeur hors ligne (ou la suppression hors ligne) : la prochaine synchronisation l&apos;envoie au serveur</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>%p% — %1</source>
        <translation>%p % — %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Comparing the offline copy with the server…</source>
        <translation>Comparaison de la copie hors ligne avec le serveur…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Dry run, nothing written yet. With %1: on the server %2 updated, %3 inserted, %4 deleted; offline %5 refreshed, %6 added from the server.</source>
        <translation>Simulation, rien n&apos;est encore écrit. Avec %1 : sur le serveur, %2 mises à jour, %3 insertions, %4 suppressions ; hors ligne, %5 actualisations, %6 ajouts depuis le serveur.</translation>
    </message>
    <message>
        <source>Synchronised with %1: on the server %2 updated, %3 inserted, %4 deleted; offline %5 refreshed, %6 added from the server.</source>
        <translation>Synchronisé avec %1 : sur le serveur, %2 mises à jour, %3 insertions, %4 suppressions ; hors ligne, %5 actualisations, %6 ajouts depuis le serveur.</translation>
    </message>
    <message>
        <source>An interrupted synchronisation was finished first.</source>
        <translation>Une synchronisation interrompue a d&apos;abord été achevée.</translation>
    </message>
    <message>
        <source>The offline copy and the server agree: there is nothing to synchronise.</source>
        <translation>La copie hors ligne et le serveur concordent : il n&apos;y a rien à synchroniser.</translation>
    </message>
    <message>
        <source>New row of %1: offline id %2 is %3 on the server.</source>
        <translation>Nouvelle ligne de %1 : l&apos;identifiant hors ligne %2 devient %3 sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), not applied: each stays in the offline copy and is reported again until one side gives way.</source>
        <translation>
            <numerusform>%n conflit, non appliqué : il reste dans la copie hors ligne et sera signalé de nouveau jusqu&apos;à ce que l&apos;un des deux côtés cède.</numerusform>
            <numerusform>%n conflits, non appliqués : chacun reste dans la copie hors ligne et sera signalé de nouveau jusqu&apos;à ce que l&apos;un des deux côtés cède.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run cancelled.</source>
        <translation>Simulation annulée.</translation>
    </message>
    <message>
        <source>Synchronisation cancelled: nothing was changed.</source>
        <translation>Synchronisation annulée : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The dry run failed: nothing was changed.</source>
        <translation>La simulation a échoué : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The synchronisation failed: nothing was changed.</source>
        <translation>La synchronisation a échoué : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot synchronise %1: %2</source>
        <translation>Impossible de synchroniser %1 : %2</translation>
    </message>
    <message>
        <source>Took the server&apos;s value of %1 %2 %3 into the offline copy</source>
        <translation>Valeur du serveur de %1 %2 %3 reprise dans la copie hors ligne</translation>
    </message>
    <message>
        <source>Kept the offline value of %1 %2 %3: the next synchronisation sends it</source>
        <translation>Valeur hors ligne de %1 %2 %3 conservée : la prochaine synchronisation l&apos;enverra</translation>
    </message>
    <message>
        <source>%1, %2: a conflict inside a roadmap document is resolved by editing the roadmap</source>
        <translation>%1, %2 : un conflit dans un document de feuille de route se résout en modifiant la feuille de route</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 is no offline copy: take one with Territory ▸ Take an offline copy… first.
%2</source>
        <translation>%1 n&apos;est pas une copie hors ligne : faites-en d&apos;abord une avec Territoire ▸ Faire une copie hors ligne…
%2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
</context>
<context>
    <name>vigie::TerritoryCheckout</name>
    <message>
        <source>%1: a checkout is a GeoPackage file, not a PostGIS database</source>
        <translation>%1 : une copie hors ligne est un fichier GeoPackage, pas une base PostGIS</translation>
    </message>
    <message>
        <source>%1 already exists: a checkout never overwrites a file</source>
        <translation>%1 existe déjà : une extraction n&apos;écrase jamais un fichier</translation>
    </message>
    <message>
        <source>extent %1,%2,%3,%4: xmin must be below xmax and ymin below ymax</source>
        <translation>emprise %1,%2,%3,%4 : xmin doit être inférieur à xmax et ymin inférieur à ymax</translation>
    </message>
    <message>
        <source>give an extent or a commune, not both</source>
        <translation>indiquez une emprise ou une commune, pas les deux</translation>
    </message>
    <message>
        <source>%1: no commune with code %2 in territory:communes</source>
        <translation>%1 : aucune commune de code %2 dans territory:communes</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction</source>
        <translation>%1 : impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>%1: cannot leave out fid %2 of %3</source>
        <translation>%1 : impossible d&apos;écarter le fid %2 de %3</translation>
    </message>
    <message>
        <source>%1: cannot commit the filtered layers</source>
        <translation>%1 : impossible de valider les couches filtrées</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>table %1 : %2</translation>
    </message>
    <message>
        <source>checked out %1 to %2: %3 features kept, %4 left out, %5 rows</source>
        <translation>%1 extrait vers %2 : %3 entités conservées, %4 écartées, %5 lignes</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>the source of the checkout, %1, is gone (moved or deleted); nothing was changed</source>
        <translation>la source de la copie hors ligne, %1, n&apos;existe plus (déplacée ou supprimée) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>cannot open the source of the checkout, %1: %2; nothing was changed</source>
        <translation>impossible d&apos;ouvrir la source de la copie hors ligne, %1 : %2 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1 : %2 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>component %1 is at schema %2 in the checkout but %3 on %4: synchronise with a server at the same schema (check out again after a migration); nothing was changed</source>
        <translation>le composant %1 est au schéma %2 dans la copie hors ligne mais au schéma %3 sur %4 : synchronisez avec un serveur au même schéma (refaites une extraction après une migration) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>component %1 is at schema %2 in the checkout and on the server, but this build&apos;s plugin is at %3; nothing was changed</source>
        <translation>le composant %1 est au schéma %2 dans la copie hors ligne et sur le serveur, mais l&apos;extension de cette version du logiciel est au schéma %3 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1 has no layer table %2; nothing was changed</source>
        <translation>%1 n&apos;a pas de table de couche %2 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1 has no table %2; nothing was changed</source>
        <translation>%1 n&apos;a pas de table %2 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>table %1, key %2: %3; nothing was changed</source>
        <translation>table %1, clé %2 : %3 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction; nothing was changed</source>
        <translation>%1 : impossible de démarrer une transaction ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: cannot commit; nothing was changed</source>
        <translation>%1 : impossible de valider ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the source to record, %1, is not the same kind of territory as %2 (a PostGIS connection and a file)</source>
        <translation>la source à enregistrer, %1, n&apos;est pas du même type de territoire que %2 (une connexion PostGIS et un fichier)</translation>
    </message>
    <message>
        <source>cancelled: no checkout was written</source>
        <translation>annulé : aucune copie hors ligne n&apos;a été écrite</translation>
    </message>
    <message>
        <source>filtering layer %1</source>
        <translation>filtrage de la couche %1</translation>
    </message>
    <message>
        <source>reading table %1</source>
        <translation>lecture de la table %1</translation>
    </message>
    <message>
        <source>recording the values at checkout</source>
        <translation>enregistrement des valeurs au moment de l&apos;extraction</translation>
    </message>
    <message>
        <source>compacting</source>
        <translation>compactage</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1, table %2, key %3</source>
        <translation>%1, table %2, clé %3</translation>
    </message>
    <message>
        <source>%1: no layer or synchronised table %2 in this offline copy; nothing was changed</source>
        <translation>%1 : aucune couche ni table synchronisée %2 dans cette copie hors ligne ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>cannot open %1 for writing; nothing was changed</source>
        <translation>impossible d&apos;ouvrir %1 en écriture ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: a feature of a layer is named by its fid (an integer); nothing was changed</source>
        <translation>%1 : une entité d&apos;une couche est désignée par son fid (un entier) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: the layer cannot be opened; nothing was changed</source>
        <translation>%1 : impossible d&apos;ouvrir la couche ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: cannot read layer %2 on %3; nothing was changed</source>
        <translation>%1 : impossible de lire la couche %2 sur %3 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: the table has no primary key%2; nothing was changed</source>
        <translation>%1 : la table n&apos;a pas de clé primaire%2 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: the key of %2 has %3 columns (%4): give a JSON array of %3 values; nothing was changed</source>
        <translation>%1 : la clé de %2 comporte %3 colonnes (%4) : indiquez un tableau JSON de %3 valeurs ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: no such row offline, on the server or at checkout; nothing was changed</source>
        <translation>%1 : cette ligne n&apos;existe ni hors ligne, ni sur le serveur, ni au moment de l&apos;extraction ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: no such feature offline, on the server or at checkout; nothing was changed</source>
        <translation>%1 : cette entité n&apos;existe ni hors ligne, ni sur le serveur, ni au moment de l&apos;extraction ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: the row is not offline, on the server and at checkout all three: resolve the whole row (no field); nothing was changed</source>
        <translation>%1 : la ligne n&apos;existe pas à la fois hors ligne, sur le serveur et au moment de l&apos;extraction : résolvez la ligne entière (sans indiquer de champ) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: no field %2; nothing was changed</source>
        <translation>%1 : pas de champ %2 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1%2: the offline value is kept, the next sync sends it</source>
        <translation>%1%2 : la valeur hors ligne est conservée, la prochaine synchronisation l&apos;enverra</translation>
    </message>
    <message>
        <source>%1%2: the server&apos;s value was written offline</source>
        <translation>%1%2 : la valeur du serveur a été écrite dans la copie hors ligne</translation>
    </message>
    <message>
        <source>%1: cannot tell whether the interrupted sync %2 reached the server: %3; nothing was changed</source>
        <translation>%1 : impossible de savoir si la synchronisation interrompue %2 a atteint le serveur : %3 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1 no longer knows whether the interrupted sync %2 was committed (too old): check out again; nothing was changed</source>
        <translation>%1 ne sait plus si la synchronisation interrompue %2 a été validée (trop ancienne) : refaites une extraction ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>an earlier sync of this checkout (%1) is still being committed on %2: try again in a moment; nothing was changed</source>
        <translation>une synchronisation précédente de cette copie hors ligne (%1) est encore en cours de validation sur %2 : réessayez dans un instant ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: the interrupted sync %2 cannot be read: check out again</source>
        <translation>%1 : la synchronisation interrompue %2 est illisible : refaites une extraction</translation>
    </message>
    <message>
        <source>%1: cannot finish the interrupted sync %2: %3</source>
        <translation>%1 : impossible de terminer la synchronisation interrompue %2 : %3</translation>
    </message>
    <message>
        <source>%1: finished the interrupted sync %2 (committed on %3)</source>
        <translation>%1 : synchronisation interrompue %2 terminée (validée sur %3)</translation>
    </message>
    <message>
        <source>%1: no commune with code %2 in territory:communes; nothing was changed</source>
        <translation>%1 : aucune commune de code %2 dans territory:communes ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>annulé ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>reading the values at checkout</source>
        <translation>lecture des valeurs au moment de l&apos;extraction</translation>
    </message>
    <message>
        <source>comparing layer %1</source>
        <translation>comparaison de la couche %1</translation>
    </message>
    <message>
        <source>%1, layer %2: %3; nothing was changed</source>
        <translation>%1, couche %2 : %3 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>comparing table %1</source>
        <translation>comparaison de la table %1</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>%1 could not be updated: %2</source>
        <translation>%1 n&apos;a pas pu être mis à jour : %2</translation>
    </message>
    <message>
        <source>%1: the rows to write kept changing on the server during the sync; nothing was changed; try again</source>
        <translation>%1 : les lignes à écrire n&apos;ont cessé de changer sur le serveur pendant la synchronisation ; rien n&apos;a été modifié ; réessayez</translation>
    </message>
    <message>
        <source>%1: rows changed on the server while synchronising %2; planning again</source>
        <translation>%1 : des lignes ont changé sur le serveur pendant la synchronisation de %2 ; nouvelle planification</translation>
    </message>
    <message>
        <source>cannot read the transaction id: %1</source>
        <translation>impossible de lire l&apos;identifiant de transaction : %1</translation>
    </message>
    <message>
        <source>cannot record the sync in the checkout %1: %2</source>
        <translation>impossible d&apos;enregistrer la synchronisation dans la copie hors ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 was updated, but the checkout %2 not yet (%3): the next territory sync finishes it, with nothing applied twice</source>
        <translation>%1 a été mis à jour, mais pas encore la copie hors ligne %2 (%3) : la prochaine exécution de territory sync la terminera, sans rien appliquer deux fois</translation>
    </message>
    <message>
        <source>synchronised %1 with %2: %3 updated, %4 inserted, %5 deleted, %6 refreshed, %7 added from the server, %8 conflicts</source>
        <translation>%1 synchronisé avec %2 : %3 mises à jour, %4 insertions, %5 suppressions, %6 actualisations, %7 ajouts depuis le serveur, %8 conflits</translation>
    </message>
    <message>
        <source>the checkout was taken as role %1 and this connection acts as role %2: another role may see other features of the server (communes as tenants), so synchronise as %1; nothing was changed</source>
        <translation>la copie hors ligne a été prise avec le rôle %1 et cette connexion agit avec le rôle %2 : un autre rôle peut voir d&apos;autres objets du serveur (communes locataires), synchronisez donc avec le rôle %1 ; rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>vigie::TerritoryWatcher</name>
    <message numerus="yes">
        <source>Change notifications installed on %n table(s)</source>
        <translation>
            <numerusform>Notifications de modification installées sur %n table</numerusform>
            <numerusform>Notifications de modification installées sur %n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: edits made on other desktops appear only after reopening: the change notifications are not installed and this role may not install them (run vigie-cli territory notify as the tables&apos; owner). %2</source>
        <translation>%1 : les modifications faites sur d&apos;autres postes n&apos;apparaissent qu&apos;après réouverture : les notifications de modification ne sont pas installées et ce rôle n&apos;a pas le droit de les installer (lancez vigie-cli territory notify en tant que propriétaire des tables). %2</translation>
    </message>
</context>
<context>
    <name>vigie::WastePlugin</name>
    <message>
        <source>Waste</source>
        <translation>Déchets</translation>
    </message>
    <message>
        <source>Simulated attributes</source>
        <translation>Attributs simulés</translation>
    </message>
    <message>
        <source>Waste containers</source>
        <translation>Conteneurs à déchets</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Flux de déchets</translation>
    </message>
    <message>
        <source>Capacity (L)</source>
        <translation>Capacité (L)</translation>
    </message>
    <message>
        <source>Fill-level sensor</source>
        <translation>Capteur de remplissage</translation>
    </message>
    <message>
        <source>Collection round</source>
        <translation>Tournée de collecte</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Collection rounds</source>
        <translation>Tournées de collecte</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tournée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Collection day</source>
        <translation>Jour de collecte</translation>
    </message>
</context>
<context>
    <name>vigie::WaterMap</name>
    <message>
        <source>Pipes (simulation)</source>
        <translation>Canalisations (simulation)</translation>
    </message>
    <message>
        <source>Junctions (simulation)</source>
        <translation>Jonctions (simulation)</translation>
    </message>
    <message>
        <source>above %1 %2</source>
        <translation>plus de %1 %2</translation>
    </message>
    <message>
        <source>no pressure (below 0)</source>
        <translation>sans pression (inférieure à 0)</translation>
    </message>
    <message>
        <source>low (below %1)</source>
        <translation>faible (inférieure à %1)</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>Metered areas by real losses</source>
        <translation>Secteurs de comptage selon les pertes réelles</translation>
    </message>
    <message>
        <source>%1: %2 m³/day lost</source>
        <translation>%1 : %2 m³/jour perdus</translation>
    </message>
    <message>
        <source>Isolation: pipes and valves</source>
        <translation>Isolement : canalisations et vannes</translation>
    </message>
    <message>
        <source>Isolation: valves and cut-off junctions</source>
        <translation>Isolement : vannes et jonctions privées d&apos;eau</translation>
    </message>
    <message>
        <source>burst pipe</source>
        <translation>canalisation cassée</translation>
    </message>
    <message>
        <source>segment emptied</source>
        <translation>tronçon vidangé</translation>
    </message>
    <message>
        <source>cut off (no supply)</source>
        <translation>coupé (non alimenté)</translation>
    </message>
    <message>
        <source>valve or pump to close</source>
        <translation>vanne ou pompe à fermer</translation>
    </message>
    <message>
        <source>valve to close</source>
        <translation>vanne à fermer</translation>
    </message>
    <message>
        <source>junction without water</source>
        <translation>jonction privée d&apos;eau</translation>
    </message>
    <message>
        <source>Leak candidates</source>
        <translation>Canalisations suspectées de fuite</translation>
    </message>
    <message>
        <source>reported leak pipe</source>
        <translation>canalisation avec fuite signalée</translation>
    </message>
    <message>
        <source>candidate 1</source>
        <translation>suspecte n° 1</translation>
    </message>
    <message>
        <source>candidates 2-3</source>
        <translation>suspectes n° 2 et 3</translation>
    </message>
    <message>
        <source>candidates 4 and more</source>
        <translation>suspectes n° 4 et suivantes</translation>
    </message>
</context>
<context>
    <name>vigie::WaterPanel</name>
    <message>
        <source>No water network</source>
        <translation>Aucun réseau d&apos;eau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Simulating… %1 % (%2 s)</source>
        <translation>Simulation en cours… %1 % (%2 s)</translation>
    </message>
    <message>
        <source>Reading the SCADA data and computing the balance… %1 s</source>
        <translation>Lecture des données SCADA et calcul du bilan… %1 s</translation>
    </message>
    <message>
        <source>Reading the SCADA data and detecting leaks… %1 s</source>
        <translation>Lecture des données SCADA et détection des fuites… %1 s</translation>
    </message>
    <message>
        <source>Reading the territory&apos;s water network… %1 s</source>
        <translation>Lecture du réseau d&apos;eau du territoire… %1 s</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <source>Extended-period hydraulic simulation (the solver of vigie-cli water simulate) in the background</source>
        <translation>Simulation hydraulique de longue durée (le solveur de vigie-cli water simulate), calculée en arrière-plan</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>Pipes by</source>
        <translation>Canalisations selon</translation>
    </message>
    <message>
        <source>velocity</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>low pressure below</source>
        <translation>pression basse en dessous de</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pression</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>node id, or pick one on the map</source>
        <translation>identifiant de nœud, ou choisissez-en un sur la carte</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Choisir sur la carte</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>SCADA folder (BattLeDIM layout)</source>
        <translation>Dossier SCADA (organisation BattLeDIM)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Compute balance</source>
        <translation>Calculer le bilan</translation>
    </message>
    <message>
        <source>Daily water balance per metered area (vigie-cli water balance) in the background</source>
        <translation>Bilan hydraulique journalier par secteur de comptage (vigie-cli water balance), calculé en arrière-plan</translation>
    </message>
    <message>
        <source>SCADA</source>
        <translation>SCADA</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Inflow m³/d</source>
        <translation>Mis en distribution m³/j</translation>
    </message>
    <message>
        <source>Consumption m³/d</source>
        <translation>Consommation m³/j</translation>
    </message>
    <message>
        <source>Real losses m³/d</source>
        <translation>Pertes réelles m³/j</translation>
    </message>
    <message>
        <source>NRW %</source>
        <translation>Eau non facturée %</translation>
    </message>
    <message>
        <source>ILI</source>
        <translation>ILI</translation>
    </message>
    <message>
        <source>Mains km</source>
        <translation>Conduites km</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Branchements</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Burst pipe</source>
        <translation>Canalisation cassée</translation>
    </message>
    <message>
        <source>pipe id</source>
        <translation>identifiant de canalisation</translation>
    </message>
    <message>
        <source>Isolate</source>
        <translation>Isoler</translation>
    </message>
    <message>
        <source>A valve at each end of every pipe (&quot;N&quot; rule) besides the model&apos;s valves and pumps</source>
        <translation>Une vanne à chaque extrémité de chaque canalisation (règle « N »), en plus des vannes et des pompes du modèle</translation>
    </message>
    <message>
        <source>Valves to close</source>
        <translation>Vannes à fermer</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Sectionnement</translation>
    </message>
    <message>
        <source>Detect leaks</source>
        <translation>Détecter les fuites</translation>
    </message>
    <message>
        <source>Leak detection and localisation (vigie-cli water detect) in the background</source>
        <translation>Détection et localisation des fuites (vigie-cli water detect), calculées en arrière-plan</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Canalisation</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>m³/h</source>
        <translation>m³/h</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate pipe</source>
        <translation>Canalisation candidate</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>Fuites</translation>
    </message>
    <message>
        <source>Choose the SCADA folder</source>
        <translation>Choisir le dossier SCADA</translation>
    </message>
    <message>
        <source>SCADA folder</source>
        <translation>Dossier SCADA</translation>
    </message>
    <message>
        <source>%1: water network of the territory</source>
        <translation>%1 : réseau d&apos;eau du territoire</translation>
    </message>
    <message>
        <source>L-TOWN demo model (the territory has none: %1); not placed on the territory</source>
        <translation>Modèle de démonstration L-TOWN (le territoire n&apos;en a pas : %1) ; non positionné sur le territoire</translation>
    </message>
    <message>
        <source>%1 junctions, %2 pipes, %3 pumps, %4 valves, %5 tanks, %6 reservoirs. Simulate, or pick a pipe to isolate.</source>
        <translation>%1 jonctions, %2 canalisations, %3 pompes, %4 vannes, %5 châteaux d&apos;eau, %6 réservoirs. Lancez une simulation ou choisissez une canalisation à isoler.</translation>
    </message>
    <message>
        <source>Water analysis</source>
        <translation>Analyse du réseau d&apos;eau</translation>
    </message>
    <message>
        <source>Open a territory with a water network first.</source>
        <translation>Ouvrez d&apos;abord un territoire comportant un réseau d&apos;eau.</translation>
    </message>
    <message>
        <source>%1 hydraulic solutions (%2 trials), %3 reporting steps in %4 s.%5</source>
        <translation>%1 résolutions hydrauliques (%2 itérations), %3 pas de rapport en %4 s.%5</translation>
    </message>
    <message numerus="yes">
        <source> %n warning(s): %1</source>
        <translation>
            <numerusform> %n avertissement : %1</numerusform>
            <numerusform> %n avertissements : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulation failed: %1</source>
        <translation>Échec de la simulation : %1</translation>
    </message>
    <message>
        <source>day %1, %2:%3</source>
        <translation>jour %1, %2:%3</translation>
    </message>
    <message>
        <source>No node &quot;%1&quot; in the network.</source>
        <translation>Aucun nœud « %1 » dans le réseau.</translation>
    </message>
    <message>
        <source>Select a node (list or map)</source>
        <translation>Sélectionnez un nœud (liste ou carte)</translation>
    </message>
    <message>
        <source>Head and pressure over time: run a simulation</source>
        <translation>Charge et pression au cours du temps : lancez une simulation</translation>
    </message>
    <message>
        <source>Node %1: head and pressure</source>
        <translation>Nœud %1 : charge et pression</translation>
    </message>
    <message>
        <source>head (%1)</source>
        <translation>charge (%1)</translation>
    </message>
    <message>
        <source>pressure (%1)</source>
        <translation>pression (%1)</translation>
    </message>
    <message>
        <source>shown on the map</source>
        <translation>instant affiché sur la carte</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Choose a SCADA folder first.</source>
        <translation>Choisissez d&apos;abord un dossier SCADA.</translation>
    </message>
    <message numerus="yes">
        <source>Balance of %n metered area(s) over %1 days in %2 s.</source>
        <translation>
            <numerusform>Bilan de %n secteur de comptage sur %1 jours en %2 s.</numerusform>
            <numerusform>Bilan de %n secteurs de comptage sur %1 jours en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance failed: %1</source>
        <translation>Échec du bilan : %1</translation>
    </message>
    <message>
        <source>UARL %1 m³/day, mean sensor pressure %2 m, %3 AMR meters</source>
        <translation>UARL %1 m³/jour, pression moyenne aux capteurs %2 m, %3 compteurs télérelevés</translation>
    </message>
    <message>
        <source>Daily balance: compute the balance</source>
        <translation>Bilan journalier : calculez le bilan</translation>
    </message>
    <message>
        <source>%1: daily balance and minimum night flow</source>
        <translation>%1 : bilan journalier et débit minimum de nuit</translation>
    </message>
    <message>
        <source>inflow m³/d</source>
        <translation>volume mis en distribution m³/j</translation>
    </message>
    <message>
        <source>consumption m³/d</source>
        <translation>consommation m³/j</translation>
    </message>
    <message>
        <source>real losses m³/d</source>
        <translation>pertes réelles m³/j</translation>
    </message>
    <message>
        <source>min. night flow m³/h</source>
        <translation>débit min. de nuit m³/h</translation>
    </message>
    <message>
        <source>Isolation of &quot;%1&quot;: %2</source>
        <translation>Isolement de « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Burst on %1&lt;/b&gt;: close %n valve(s). Segment emptied: %2 pipe(s). Out of service: %3 pipe(s), %4 junction(s), &lt;b&gt;%5 customer node(s)&lt;/b&gt;, demand %6 %7.%8</source>
        <translation>
            <numerusform>&lt;b&gt;Casse sur %1&lt;/b&gt; : fermer %n vanne. Tronçon vidé : %2 canalisation(s). Hors service : %3 canalisation(s), %4 jonction(s), &lt;b&gt;%5 nœud(s) de consommation&lt;/b&gt;, demande %6 %7.%8</numerusform>
            <numerusform>&lt;b&gt;Casse sur %1&lt;/b&gt; : fermer %n vannes. Tronçon vidé : %2 canalisation(s). Hors service : %3 canalisation(s), %4 jonction(s), &lt;b&gt;%5 nœud(s) de consommation&lt;/b&gt;, demande %6 %7.%8</numerusform>
        </translation>
    </message>
    <message>
        <source> &lt;b&gt;The segment holds a reservoir or tank: it cannot be fully isolated.&lt;/b&gt;</source>
        <translation> &lt;b&gt;Le tronçon contient un réservoir ou un château d&apos;eau : il ne peut pas être entièrement isolé.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Isolation of %1: %n valve(s) to close, %2 customer node(s) cut off.</source>
        <translation>
            <numerusform>Isolement de %1 : %n vanne à fermer, %2 nœud(s) de consommation privé(s) d&apos;eau.</numerusform>
            <numerusform>Isolement de %1 : %n vannes à fermer, %2 nœud(s) de consommation privé(s) d&apos;eau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No water network on the map.</source>
        <translation>Aucun réseau d&apos;eau potable sur la carte.</translation>
    </message>
    <message>
        <source>Click a pipe on the map to isolate it.</source>
        <translation>Cliquez sur une canalisation de la carte pour l&apos;isoler.</translation>
    </message>
    <message numerus="yes">
        <source>%n leak(s) detected in %1 s.</source>
        <translation>
            <numerusform>%n fuite détectée en %1 s.</numerusform>
            <numerusform>%n fuites détectées en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leak detection failed: %1</source>
        <translation>Échec de la détection des fuites : %1</translation>
    </message>
    <message>
        <source>before the data</source>
        <translation>avant le début des données</translation>
    </message>
    <message>
        <source>Simulation cancelled; the previous results are kept.</source>
        <translation>Simulation annulée ; les résultats précédents sont conservés.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau potable</translation>
    </message>
    <message>
        <source>&amp;Water</source>
        <translation>&amp;Eau</translation>
    </message>
    <message>
        <source>&amp;Show the water panel</source>
        <translation>&amp;Afficher le panneau de l&apos;eau potable</translation>
    </message>
    <message>
        <source>&amp;Run the simulation</source>
        <translation>&amp;Lancer la simulation</translation>
    </message>
    <message>
        <source>&amp;Isolate a pipe on the map</source>
        <translation>&amp;Isoler une canalisation sur la carte</translation>
    </message>
    <message>
        <source>time %1 s: %2</source>
        <translation>instant %1 s : %2</translation>
    </message>
    <message numerus="yes">
        <source>Low pressure: %n junction(s) below %1 %2 at %3</source>
        <translation>
            <numerusform>Basse pression : %n jonction sous %1 %2 à %3</numerusform>
            <numerusform>Basse pression : %n jonctions sous %1 %2 à %3</numerusform>
        </translation>
    </message>
    <message>
        <source>training SCADA folder (optional)</source>
        <translation>dossier SCADA d&apos;apprentissage (facultatif)</translation>
    </message>
    <message>
        <source>A year of SCADA data with known leaks: the detector calibrates its consumption model on it</source>
        <translation>Une année de données SCADA avec des fuites connues : le détecteur y étalonne son modèle de consommation</translation>
    </message>
    <message>
        <source>Choose the training SCADA folder</source>
        <translation>Choisir le dossier SCADA d&apos;apprentissage</translation>
    </message>
    <message>
        <source>its leak list, CSV (optional)</source>
        <translation>sa liste de fuites, CSV (facultatif)</translation>
    </message>
    <message>
        <source>Choose the leak list of the training record (link_id,start_time,end_time,…)</source>
        <translation>Choisir la liste des fuites des données d&apos;apprentissage (link_id,start_time,end_time,…)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Training SCADA folder</source>
        <translation>Dossier SCADA d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Leak list of the training record</source>
        <translation>Liste des fuites des données d&apos;apprentissage</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Show the live leaks</source>
        <translation>Afficher les fuites en temps réel</translation>
    </message>
    <message>
        <source>When a feed (MQTT or the replay) stores water observations, the leak monitor runs on them in the background (vigie-cli water watch) and raises an alarm for each new leak</source>
        <translation>Quand un flux (MQTT ou le rejeu) enregistre des observations du réseau d&apos;eau, la surveillance des fuites les analyse en arrière-plan (vigie-cli water watch) et déclenche une alarme pour chaque nouvelle fuite</translation>
    </message>
    <message>
        <source>Live monitor: waiting for water observations</source>
        <translation>Surveillance en temps réel : en attente d&apos;observations du réseau d&apos;eau</translation>
    </message>
    <message>
        <source>Live monitor: no territory</source>
        <translation>Surveillance en temps réel : aucun territoire</translation>
    </message>
    <message numerus="yes">
        <source>Live monitor: %n leak(s), data up to %1</source>
        <translation>
            <numerusform>Surveillance en temps réel : %n fuite, dernières données : %1</numerusform>
            <numerusform>Surveillance en temps réel : %n fuites, dernières données : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Live monitor failed: %1</source>
        <translation>Échec de la surveillance en temps réel : %1</translation>
    </message>
</context>
<context>
    <name>vigie::WaterPlugin</name>
    <message>
        <source>Water</source>
        <translation>Eau potable</translation>
    </message>
    <message>
        <source>Network model</source>
        <translation>Modèle de réseau</translation>
    </message>
    <message>
        <source>Benchmark network</source>
        <translation>Réseau de référence</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Junctions</source>
        <translation>Jonctions</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Elevation (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <source>Base demand (L/s)</source>
        <translation>Demande de base (L/s)</translation>
    </message>
    <message>
        <source>Demand pattern</source>
        <translation>Profil de demande</translation>
    </message>
    <message>
        <source>Reservoirs</source>
        <translation>Réservoirs</translation>
    </message>
    <message>
        <source>Total head (m)</source>
        <translation>Charge totale (m)</translation>
    </message>
    <message>
        <source>Head pattern</source>
        <translation>Profil de charge</translation>
    </message>
    <message>
        <source>Tanks</source>
        <translation>Châteaux d&apos;eau</translation>
    </message>
    <message>
        <source>Bottom elevation (m)</source>
        <translation>Altitude du radier (m)</translation>
    </message>
    <message>
        <source>Initial level (m)</source>
        <translation>Niveau initial (m)</translation>
    </message>
    <message>
        <source>Minimum level (m)</source>
        <translation>Niveau minimal (m)</translation>
    </message>
    <message>
        <source>Maximum level (m)</source>
        <translation>Niveau maximal (m)</translation>
    </message>
    <message>
        <source>Diameter (m)</source>
        <translation>Diamètre (m)</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>Canalisations</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Canalisation</translation>
    </message>
    <message>
        <source>Start node</source>
        <translation>Nœud initial</translation>
    </message>
    <message>
        <source>End node</source>
        <translation>Nœud final</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <source>Diameter (mm)</source>
        <translation>Diamètre (mm)</translation>
    </message>
    <message>
        <source>Roughness</source>
        <translation>Rugosité</translation>
    </message>
    <message>
        <source>Minor loss coefficient</source>
        <translation>Coefficient de pertes de charge singulières</translation>
    </message>
    <message>
        <source>Initial status</source>
        <translation>État initial</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>Pompes</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>Pompe</translation>
    </message>
    <message>
        <source>Suction node</source>
        <translation>Nœud d&apos;aspiration</translation>
    </message>
    <message>
        <source>Discharge node</source>
        <translation>Nœud de refoulement</translation>
    </message>
    <message>
        <source>Head curve</source>
        <translation>Courbe caractéristique</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Puissance (kW)</translation>
    </message>
    <message>
        <source>Valves</source>
        <translation>Vannes</translation>
    </message>
    <message>
        <source>Valve</source>
        <translation>Vanne</translation>
    </message>
    <message>
        <source>Upstream node</source>
        <translation>Nœud amont</translation>
    </message>
    <message>
        <source>Downstream node</source>
        <translation>Nœud aval</translation>
    </message>
    <message>
        <source>Valve type</source>
        <translation>Type de vanne</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Add the network model name and the benchmark flag to every water layer</source>
        <translation>Ajouter le nom du modèle de réseau et l&apos;indicateur de réseau de référence à chaque couche d&apos;eau potable</translation>
    </message>
    <message>
        <source>cannot place the L-TOWN network: the territory has no commune boundary</source>
        <translation>impossible de placer le réseau L-TOWN : le territoire n&apos;a pas de limite communale</translation>
    </message>
    <message>
        <source>cannot place the L-TOWN network inside the territory&apos;s communes: no translation fits it inside their boundary</source>
        <translation>impossible de placer le réseau L-TOWN dans les communes du territoire : aucune translation ne le fait tenir dans leurs limites</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; has no coordinates</source>
        <translation>%1 : %2 « %3 » n&apos;a pas de coordonnées</translation>
    </message>
    <message>
        <source>Minimum volume (m³)</source>
        <translation>Volume minimal (m³)</translation>
    </message>
    <message>
        <source>Volume curve</source>
        <translation>Courbe de volume</translation>
    </message>
    <message>
        <source>Can overflow</source>
        <translation>Peut déborder</translation>
    </message>
    <message>
        <source>Relative speed</source>
        <translation>Vitesse relative</translation>
    </message>
    <message>
        <source>Speed pattern</source>
        <translation>Profil de vitesse</translation>
    </message>
    <message>
        <source>District metered areas</source>
        <translation>Secteurs de comptage (DMA)</translation>
    </message>
    <message>
        <source>DMA</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Boundary meters and devices</source>
        <translation>Compteurs et organes en limite de secteur</translation>
    </message>
    <message>
        <source>EPANET model sections</source>
        <translation>Sections du modèle EPANET</translation>
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
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Add the EPANET attributes, the DMA polygons and the model sections to the water layers</source>
        <translation>Ajouter aux couches d&apos;eau potable les attributs EPANET, les polygones des secteurs de comptage et les sections du modèle</translation>
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
        <translation>Centre de supervision des territoires intelligents : réseaux, équipements et état en temps réel sur une seule carte.</translation>
    </message>
    <message>
        <source>Open a territory…</source>
        <translation>Ouvrir un territoire…</translation>
    </message>
    <message>
        <source>Create a new territory…</source>
        <translation>Créer un nouveau territoire…</translation>
    </message>
    <message>
        <source>Create the %1 demo territory</source>
        <translation>Créer le territoire de démonstration %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent territories&lt;/b&gt;</source>
        <translation>&lt;b&gt;Territoires récents&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>vigie::budget</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 nécessite une valeur</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option %1 inconnue</translation>
    </message>
    <message>
        <source>missing command (allocate, explain or compare)</source>
        <translation>commande manquante (allocate, explain ou compare)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (allocate, explain or compare)</source>
        <translation>commande « %1 » inconnue (allocate, explain ou compare)</translation>
    </message>
    <message>
        <source>missing FILE.pb</source>
        <translation>FICHIER.pb manquant</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>compare needs --rules A,B (two rules)</source>
        <translation>compare nécessite --rules A,B (deux règles)</translation>
    </message>
    <message>
        <source>%1 needs --rule</source>
        <translation>%1 nécessite --rule</translation>
    </message>
    <message>
        <source>vigie-cli budget: %1</source>
        <translation>vigie-cli budget : %1</translation>
    </message>
    <message>
        <source>Run &quot;vigie-cli budget --help&quot; for usage.</source>
        <translation>Lancez « vigie-cli budget --help » pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>%1: %2 projects funded, %3 of %4 (%5 s)</source>
        <translation>%1 : %2 projets financés, %3 sur %4 (%5 s)</translation>
    </message>
    <message>
        <source>%1: %2 projects, %3; %4: %5 projects, %6; %7 in common</source>
        <translation>%1 : %2 projets, %3 ; %4 : %5 projets, %6 ; %7 en commun</translation>
    </message>
    <message>
        <source>Only with %1:</source>
        <translation>Uniquement avec %1 :</translation>
    </message>
    <message>
        <source>funded at once: it costs nothing and has supporters</source>
        <translation>financé d&apos;emblée : il ne coûte rien et a des soutiens</translation>
    </message>
    <message>
        <source>funded in round %1: its %2 supporters paid %3 per unit of satisfaction (they held %4 together)</source>
        <translation>financé au tour %1 : ses %2 soutiens ont payé %3 par unité de satisfaction (ils détenaient %4 à eux tous)</translation>
    </message>
    <message>
        <source>funded in round %1: its supporters&apos; maximal load became %2</source>
        <translation>financé au tour %1 : la charge maximale de ses soutiens est passée à %2</translation>
    </message>
    <message>
        <source>funded: position %1 in the order, %2 of the budget left when it came up</source>
        <translation>financé : position %1 dans l&apos;ordre, il restait %2 du budget à son tour</translation>
    </message>
    <message>
        <source>funded by the completion: %1 of the budget left when it came up (position %2)</source>
        <translation>financé par le complément : il restait %1 du budget à son tour (position %2)</translation>
    </message>
    <message>
        <source>not funded: costs %1 but only %2 was left when it came up</source>
        <translation>non financé : coûte %1 mais il ne restait que %2 à son tour</translation>
    </message>
    <message>
        <source>not funded: in round %1 its %2 supporters held %3 together, less than its cost %4</source>
        <translation>non financé : au tour %1, ses %2 soutiens détenaient %3 à eux tous, moins que son coût de %4</translation>
    </message>
    <message>
        <source>not funded: the rule stopped before reaching it</source>
        <translation>non financé : la règle s&apos;est arrêtée avant de l&apos;atteindre</translation>
    </message>
    <message>
        <source>not funded: score %1 below the threshold %2</source>
        <translation>non financé : score %1 inférieur au seuil %2</translation>
    </message>
    <message>
        <source>not funded: no voter supports it</source>
        <translation>non financé : aucun votant ne le soutient</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>non financé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Rule %1: %2 of %3 spent, %4 projects funded</source>
        <translation>Règle %1 : %2 dépensés sur %3, %4 projets financés</translation>
    </message>
    <message>
        <source>%1 voters; %2 (%3 %) have at least one funded project; %4 funded projects per voter on average; %5 % of a ballot&apos;s cost funded on average</source>
        <translation>%1 votants ; %2 (%3 %) ont au moins un projet financé ; %4 projets financés par votant en moyenne ; %5 % du coût d&apos;un bulletin financé en moyenne</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projets :</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 projects funded, %4</source>
        <translation>  %1 : %2 projets financés sur %3, %4</translation>
    </message>
    <message>
        <source>Funded by category:</source>
        <translation>Financement par catégorie :</translation>
    </message>
    <message>
        <source>Funded by district:</source>
        <translation>Financement par quartier :</translation>
    </message>
    <message>
        <source>Voters with a funded project, by %1 (groups under %2 voters merged):</source>
        <translation>Votants ayant un projet financé, par %1 (groupes de moins de %2 votants regroupés) :</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 voters</source>
        <translation>  %1 : %2 votants sur %3</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Participatory budget: allocates, explains and compares rules on a Pabulib .pb file.</source>
        <translation>Budget participatif : attribue, explique et compare les règles sur un fichier Pabulib .pb.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>META row needs a key and a value separated by &apos;;&apos;</source>
        <translation>une ligne META doit avoir une clé et une valeur séparées par &apos;;&apos;</translation>
    </message>
    <message>
        <source>META row has an empty key</source>
        <translation>ligne META avec une clé vide</translation>
    </message>
    <message>
        <source>duplicate META key &quot;%1&quot; (first on line %2)</source>
        <translation>clé META « %1 » en double (première occurrence ligne %2)</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; for META %2</source>
        <translation>nombre « %1 » incorrect pour META %2</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; for the budget</source>
        <translation>nombre « %1 » incorrect pour le budget</translation>
    </message>
    <message>
        <source>unknown vote_type &quot;%1&quot; (approval, choose-1, cumulative, scoring or ordinal)</source>
        <translation>vote_type « %1 » inconnu (approval, choose-1, cumulative, scoring ou ordinal)</translation>
    </message>
    <message>
        <source>META has no budget</source>
        <translation>la section META n&apos;indique pas de budget</translation>
    </message>
    <message>
        <source>PROJECTS header has no cost column</source>
        <translation>l&apos;en-tête PROJECTS n&apos;a pas de colonne cost</translation>
    </message>
    <message>
        <source>PROJECTS header: the first column must be the project id</source>
        <translation>en-tête PROJECTS : la première colonne doit être l&apos;identifiant du projet</translation>
    </message>
    <message>
        <source>%1 fields but the PROJECTS header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête PROJECTS en a %2</translation>
    </message>
    <message>
        <source>empty project id</source>
        <translation>identifiant de projet vide</translation>
    </message>
    <message>
        <source>duplicate project id &quot;%1&quot; (first on line %2)</source>
        <translation>identifiant de projet « %1 » en double (première occurrence ligne %2)</translation>
    </message>
    <message>
        <source>project &quot;%1&quot; has no cost</source>
        <translation>le projet « %1 » n&apos;a pas de coût</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; for the cost of project &quot;%2&quot;</source>
        <translation>nombre « %1 » incorrect pour le coût du projet « %2 »</translation>
    </message>
    <message>
        <source>negative cost %1 for project &quot;%2&quot;</source>
        <translation>coût négatif %1 pour le projet « %2 »</translation>
    </message>
    <message>
        <source>budget too large</source>
        <translation>budget trop élevé</translation>
    </message>
    <message>
        <source>cost too large</source>
        <translation>coût trop élevé</translation>
    </message>
    <message>
        <source>cost limit too large</source>
        <translation>plafond de coût trop élevé</translation>
    </message>
    <message>
        <source>VOTES header has no vote column</source>
        <translation>l&apos;en-tête VOTES n&apos;a pas de colonne vote</translation>
    </message>
    <message>
        <source>VOTES header has no points column, needed by %1 ballots</source>
        <translation>l&apos;en-tête VOTES n&apos;a pas de colonne points, nécessaire aux bulletins %1</translation>
    </message>
    <message>
        <source>%1 fields but the VOTES header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête VOTES en a %2</translation>
    </message>
    <message>
        <source>empty voter id</source>
        <translation>identifiant de votant vide</translation>
    </message>
    <message>
        <source>duplicate voter id &quot;%1&quot;</source>
        <translation>identifiant de votant « %1 » en double</translation>
    </message>
    <message>
        <source>vote for unknown project &quot;%1&quot;</source>
        <translation>vote pour un projet inconnu « %1 »</translation>
    </message>
    <message>
        <source>project &quot;%1&quot; appears twice in the ballot</source>
        <translation>le projet « %1 » apparaît deux fois dans le bulletin</translation>
    </message>
    <message>
        <source>%1 points for more projects in the vote</source>
        <translation>seulement %1 valeurs de points pour un plus grand nombre de projets dans le vote</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; in points</source>
        <translation>nombre « %1 » incorrect dans points</translation>
    </message>
    <message>
        <source>negative points %1</source>
        <translation>nombre de points négatif : %1</translation>
    </message>
    <message>
        <source>%1 projects in the vote but %2 points</source>
        <translation>%1 projets dans le vote mais %2 valeurs de points</translation>
    </message>
    <message>
        <source>ballot lists %1 projects, fewer than min_length %2 (META line %3)</source>
        <translation>le bulletin contient %1 projets, moins que min_length %2 (META, ligne %3)</translation>
    </message>
    <message>
        <source>ballot lists %1 projects, more than max_length %2 (META line %3)</source>
        <translation>le bulletin contient %1 projets, plus que max_length %2 (META, ligne %3)</translation>
    </message>
    <message>
        <source>ballot costs %1 in total, less than min_sum_cost (META line %2)</source>
        <translation>le bulletin coûte %1 au total, moins que min_sum_cost (META, ligne %2)</translation>
    </message>
    <message>
        <source>ballot costs %1 in total, more than max_sum_cost (META line %2)</source>
        <translation>le bulletin coûte %1 au total, plus que max_sum_cost (META, ligne %2)</translation>
    </message>
    <message>
        <source>a project gets fewer points than min_points (META line %1)</source>
        <translation>un projet reçoit moins de points que min_points (META, ligne %1)</translation>
    </message>
    <message>
        <source>a project gets more points than max_points (META line %1)</source>
        <translation>un projet reçoit plus de points que max_points (META, ligne %1)</translation>
    </message>
    <message>
        <source>ballot gives fewer points in total than min_sum_points (META line %1)</source>
        <translation>le bulletin donne au total moins de points que min_sum_points (META, ligne %1)</translation>
    </message>
    <message>
        <source>ballot gives more points in total than max_sum_points (META line %1)</source>
        <translation>le bulletin donne au total plus de points que max_sum_points (META, ligne %1)</translation>
    </message>
    <message>
        <source>section has no header row</source>
        <translation>la section n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>section %1 appears twice</source>
        <translation>la section %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>section %1 out of order: META, PROJECTS and VOTES come in this order</source>
        <translation>section %1 mal placée : META, PROJECTS et VOTES doivent se suivre dans cet ordre</translation>
    </message>
    <message>
        <source>missing section META before PROJECTS</source>
        <translation>section META manquante avant PROJECTS</translation>
    </message>
    <message>
        <source>missing section PROJECTS before VOTES</source>
        <translation>section PROJECTS manquante avant VOTES</translation>
    </message>
    <message>
        <source>data before the META section</source>
        <translation>données avant la section META</translation>
    </message>
    <message>
        <source>missing section META</source>
        <translation>section META manquante</translation>
    </message>
    <message>
        <source>missing section PROJECTS</source>
        <translation>section PROJECTS manquante</translation>
    </message>
    <message>
        <source>missing section VOTES</source>
        <translation>section VOTES manquante</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>the file&apos;s META rule &quot;%1&quot; is not one Vigie reproduces (greedy, greedy-threshold, greedy-no-skip)</source>
        <translation>la règle « %1 » indiquée dans la section META du fichier n&apos;est pas reproduite par Vigie (greedy, greedy-threshold, greedy-no-skip)</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (one of: %2)</source>
        <translation>règle « %1 » inconnue (au choix : %2)</translation>
    </message>
    <message>
        <source>unknown completion &quot;%1&quot; (none, greedy or add1-greedy)</source>
        <translation>complément « %1 » inconnu (none, greedy ou add1-greedy)</translation>
    </message>
    <message>
        <source>a completion applies to the mes-* rules only</source>
        <translation>un complément ne s&apos;applique qu&apos;aux règles mes-*</translation>
    </message>
    <message>
        <source>vigie-cli budget import: %1</source>
        <translation>vigie-cli budget import : %1</translation>
    </message>
    <message>
        <source>import needs --projects P.csv</source>
        <translation>import nécessite --projects P.csv</translation>
    </message>
    <message>
        <source>import needs --votes V.csv</source>
        <translation>import nécessite --votes V.csv</translation>
    </message>
    <message>
        <source>import needs --out FILE.pb</source>
        <translation>import nécessite --out FICHIER.pb</translation>
    </message>
    <message>
        <source>import needs --budget AMOUNT (the total budget)</source>
        <translation>import nécessite --budget MONTANT (le budget total)</translation>
    </message>
    <message>
        <source>vigie-cli budget import: the environment variable %1 holds no pseudonymisation key; voter ids are never imported in clear</source>
        <translation>vigie-cli budget import : la variable d&apos;environnement %1 ne contient pas de clé de pseudonymisation ; les identifiants des votants ne sont jamais importés en clair</translation>
    </message>
    <message>
        <source>%1: %2 projects, %3 ballots written</source>
        <translation>%1 : %2 projets, %3 bulletins écrits</translation>
    </message>
    <message>
        <source>Paper counts merged: only the greedy rules can count them (MES and Phragmen need individual ballots).</source>
        <translation>Décomptes papier fusionnés : seules les règles gloutonnes peuvent les compter (MES et Phragmén ont besoin de bulletins individuels).</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text</source>
        <translation>%1 : le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>%1: quoted field never closed</source>
        <translation>%1 : champ entre guillemets jamais fermé</translation>
    </message>
    <message>
        <source>%1: empty file, a header row is needed</source>
        <translation>%1 : fichier vide, une ligne d&apos;en-tête est nécessaire</translation>
    </message>
    <message>
        <source>%1: missing column for %2 (expected one of: %3)</source>
        <translation>%1 : colonne manquante pour %2 (attendu l&apos;une de : %3)</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot;: %3</source>
        <translation>%1 : colonne « %2 » : %3</translation>
    </message>
    <message>
        <source>the project id</source>
        <translation>l&apos;identifiant du projet</translation>
    </message>
    <message>
        <source>the project cost</source>
        <translation>le coût du projet</translation>
    </message>
    <message>
        <source>bad budget &quot;%1&quot;: a positive amount is needed</source>
        <translation>budget incorrect « %1 » : un montant positif est nécessaire</translation>
    </message>
    <message>
        <source>bad budget &quot;%1&quot;: too large</source>
        <translation>budget incorrect « %1 » : trop grand</translation>
    </message>
    <message>
        <source>%1: cost too large</source>
        <translation>%1 : coût trop grand</translation>
    </message>
    <message>
        <source>%1: no pseudonymisation key: voter ids are never imported in clear</source>
        <translation>%1 : pas de clé de pseudonymisation : les identifiants des votants ne sont jamais importés en clair</translation>
    </message>
    <message>
        <source>the voter id</source>
        <translation>l&apos;identifiant du votant</translation>
    </message>
    <message>
        <source>the voted projects</source>
        <translation>les projets choisis</translation>
    </message>
    <message>
        <source>this voter already has a ballot</source>
        <translation>ce votant a déjà un bulletin</translation>
    </message>
    <message>
        <source>duplicate voter (first on line %1)</source>
        <translation>votant en double (première occurrence ligne %1)</translation>
    </message>
    <message>
        <source>%1: paper votes can only be merged into approval votes</source>
        <translation>%1 : les votes papier ne peuvent être fusionnés qu&apos;avec des votes d&apos;approbation</translation>
    </message>
    <message>
        <source>the paper vote count</source>
        <translation>le nombre de voix papier</translation>
    </message>
    <message>
        <source>the project id and vote count, or the ballot&apos;s projects</source>
        <translation>l&apos;identifiant du projet et le nombre de voix, ou les projets du bulletin</translation>
    </message>
    <message>
        <source>unknown project &quot;%1&quot;</source>
        <translation>projet inconnu « %1 »</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot;: a vote count is a whole number, 0 or more</source>
        <translation>nombre incorrect « %1 » : un nombre de voix est un entier positif ou nul</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot; in paper_votes of project &quot;%2&quot;</source>
        <translation>nombre incorrect « %1 » dans paper_votes du projet « %2 »</translation>
    </message>
    <message>
        <source>%1 needs individual ballots, but this vote holds aggregated paper counts: only the greedy rules can count them</source>
        <translation>%1 a besoin de bulletins individuels, mais ce vote contient des décomptes papier agrégés : seules les règles gloutonnes peuvent les compter</translation>
    </message>
    <message>
        <source>%1: no such audit log</source>
        <translation>%1 : journal d&apos;audit introuvable</translation>
    </message>
    <message>
        <source>%1: these are %2 votes, but the vote already holds %3 ballots</source>
        <translation>%1 : ce sont des votes %2, mais le vote contient déjà des bulletins %3</translation>
    </message>
    <message>
        <source>%1: paper counts are approvals: %2 votes cannot be added to them</source>
        <translation>%1 : les décomptes papier sont des votes d&apos;approbation : des votes %2 ne peuvent pas y être ajoutés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points (a whole number, 0 or more)</source>
        <translation>« %1 » n&apos;est pas un nombre de points (entier positif ou nul)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rank (a whole number, 1 or more)</source>
        <translation>« %1 » n&apos;est pas un rang (entier supérieur ou égal à 1)</translation>
    </message>
    <message>
        <source>rank %1 given twice by this voter (first on line %2)</source>
        <translation>rang %1 donné deux fois par ce votant (première occurrence ligne %2)</translation>
    </message>
    <message>
        <source>Add1: the double-precision MES disagrees with the exact one at %1 per voter; recomputing every step exactly</source>
        <translation>Add1 : la MES en double précision diverge de la MES exacte à %1 par votant ; recalcul exact de chaque étape</translation>
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
        <translation>Utilisation : vigie-cli budget COMMANDE FICHIER.pb [options]
Budget participatif : dépouille un vote Pabulib .pb selon la règle choisie.

Commandes :
  allocate FICHIER.pb --rule R [--completion C] [--json]   projets financés par la règle R
  explain FICHIER.pb --rule R [--completion C] [--json]    pourquoi chaque projet a été financé ou non
  compare FICHIER.pb --rules A,B [--completion C] [--json] projets financés par une règle et pas par l&apos;autre
  import --projects P.csv --votes V.csv --budget MONTANT --out FICHIER.pb [--paper PAPIER.csv]
         [--key-env VAR] [--personal-fields]
         convertit un export CSV de type Decidim/CONSUL en fichier .pb ; les identifiants des votants sont
         remplacés par des empreintes à clé (HMAC-SHA256), la clé étant lue dans la variable d&apos;environnement VAR
         (par défaut VIGIE_BUDGET_KEY) et jamais enregistrée ; sans clé, rien n&apos;est importé.
         PAPIER.csv contient les décomptes papier par projet (identifiant du projet, voix) ou des bulletins
         papier anonymes (une liste de projets par ligne) ; les décomptes ne servent qu&apos;aux règles gloutonnes,
         MES et Phragmén ont besoin de bulletins individuels. --personal-fields écrit aussi l&apos;âge, le sexe et le quartier.
  attach TERRITOIRE FICHIER.pb [--rule R] [--completion C]
         enregistre dans le territoire le vote (le fichier octet pour octet), sa règle (mes-cost par défaut)
         et son résultat, en remplaçant le scrutin rattaché auparavant ; le diaporama l&apos;affiche
  show TERRITOIRE [--json]  le scrutin rattaché, dépouillé à nouveau selon sa règle : les clés de
         allocate --json, puis name, completion, full_rule, projects, voters, currency, date_end,
         attached, sha256

Règles : %1
  (« city » est la règle inscrite dans la section META du fichier : greedy, greedy-threshold ou greedy-no-skip)
Compléments (règles mes-* uniquement) : none, greedy (glouton avec la même satisfaction sur ce que MES laisse),
  add1-greedy (augmente d&apos;une unité le budget de chaque votant jusqu&apos;à épuisement du budget, puis glouton)
Options :
  --audit FICHIER   allocate : applique les dérogations de l&apos;administrateur de FICHIER (FICHIER.pb.audit.json, écrit par l&apos;application)
  --json            sortie JSON
  -h, --help        affiche cette aide

Codes de sortie : 0 terminé, 1 échec, 2 erreur d&apos;utilisation, 3 fichier illisible.
</translation>
    </message>
    <message>
        <source>vigie-cli budget %1: %2</source>
        <translation>vigie-cli budget %1 : %2</translation>
    </message>
    <message>
        <source>attach needs TERRITORY and FILE.pb</source>
        <translation>attach attend TERRITOIRE et FICHIER.pb</translation>
    </message>
    <message>
        <source>show needs TERRITORY</source>
        <translation>show attend TERRITOIRE</translation>
    </message>
    <message>
        <source>%1: attached %2 (%3): %4 of %5 projects funded, %6 of %7</source>
        <translation>%1 : vote %2 rattaché (%3) : %4 projets financés sur %5, %6 sur %7</translation>
    </message>
    <message>
        <source>%1, attached %2 UTC</source>
        <translation>%1, rattaché le %2 UTC</translation>
    </message>
    <message>
        <source>%1: %2 of %3 projects funded, %4 of %5, %6 voters</source>
        <translation>%1 : %2 projets financés sur %3, %4 sur %5, %6 votants</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1 is not a Vigie territory (no vigie_schema table)</source>
        <translation>%1 n&apos;est pas un territoire Vigie (pas de table vigie_schema)</translation>
    </message>
    <message>
        <source>%1: the participatory budget was written by a newer Vigie (component %2 schema %3, this version supports %4)</source>
        <translation>%1 : le budget participatif a été écrit par une version plus récente de Vigie (composant %2, schéma %3 ; cette version gère %4)</translation>
    </message>
    <message>
        <source>%1: migration of %2 to schema %3 failed: %4</source>
        <translation>%1 : échec de la migration de %2 vers le schéma %3 : %4</translation>
    </message>
    <message>
        <source>%1: the election cannot be attached: %2</source>
        <translation>%1 : impossible de rattacher le scrutin : %2</translation>
    </message>
    <message>
        <source>%1: no such territory file</source>
        <translation>%1 : fichier de territoire introuvable</translation>
    </message>
    <message>
        <source>%1: the attached election %2 is damaged (its SHA-256 does not match)</source>
        <translation>%1 : le scrutin rattaché %2 est endommagé (son empreinte SHA-256 ne correspond pas)</translation>
    </message>
    <message>
        <source>%1: no participatory budget attached (vigie-cli budget attach)</source>
        <translation>%1 : aucun budget participatif rattaché (vigie-cli budget attach)</translation>
    </message>
    <message>
        <source>%1: the attached election cannot be counted: %2</source>
        <translation>%1 : impossible de dépouiller le scrutin rattaché : %2</translation>
    </message>
</context>
<context>
    <name>vigie::feeds</name>
    <message>
        <source>unknown decoder &quot;%1&quot; (known: %2)</source>
        <translation>décodeur inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>%1 decoder: %2</source>
        <translation>décodeur %1 : %2</translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>charge utile vide</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot; has no segment %2 for the sensor id</source>
        <translation>le sujet « %1 » n&apos;a pas de segment %2 pour l&apos;identifiant du capteur</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>élément %1 : </translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, reçu %1</translation>
    </message>
    <message>
        <source>missing sensor id %1</source>
        <translation>identifiant de capteur %1 manquant</translation>
    </message>
    <message>
        <source>sensor id %1 is %2, not a string or an integer</source>
        <translation>l&apos;identifiant de capteur %1 est %2, et non une chaîne ou un entier</translation>
    </message>
    <message>
        <source>missing time %1</source>
        <translation>horodatage %1 manquant</translation>
    </message>
    <message>
        <source>time %1 is %2, not an ISO 8601 time or a Unix time</source>
        <translation>l&apos;horodatage %1 est %2, et non une date et heure ISO 8601 ou un temps Unix</translation>
    </message>
    <message>
        <source>missing value %1</source>
        <translation>valeur %1 manquante</translation>
    </message>
    <message>
        <source>value %1 is %2, not a number</source>
        <translation>la valeur %1 est %2, et non un nombre</translation>
    </message>
    <message>
        <source>unit %1 is %2, not a string</source>
        <translation>l&apos;unité %1 est %2, et non une chaîne</translation>
    </message>
    <message>
        <source>expected an Observation object, got %1</source>
        <translation>objet Observation attendu, reçu %1</translation>
    </message>
    <message>
        <source>value[%1]: </source>
        <translation>value[%1] : </translation>
    </message>
    <message>
        <source>no datastream id: topic &quot;%1&quot; is not v1.x/Datastreams(id)/Observations and the payload has no Datastream/@iot.id</source>
        <translation>aucun identifiant de datastream : le sujet « %1 » n&apos;est pas de la forme v1.x/Datastreams(id)/Observations et la charge utile n&apos;a pas de Datastream/@iot.id</translation>
    </message>
    <message>
        <source>missing field phenomenonTime (and resultTime)</source>
        <translation>champ phenomenonTime (et resultTime) manquant</translation>
    </message>
    <message>
        <source>%1 is %2, not an ISO 8601 time</source>
        <translation>%1 est %2, et non une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>missing field result</source>
        <translation>champ result manquant</translation>
    </message>
    <message>
        <source>result is %1, not a number</source>
        <translation>result est %1, et non un nombre</translation>
    </message>
    <message>
        <source>entity %1 is %2, not an object</source>
        <translation>l&apos;entité %1 est %2, et non un objet</translation>
    </message>
    <message>
        <source>entity %1: missing field id</source>
        <translation>entité %1 : champ id manquant</translation>
    </message>
    <message>
        <source>entity %1: %2 is %3, not an ISO 8601 time</source>
        <translation>entité %1 : %2 est %3, et non une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>entity %1: %2.observedAt is %3, not an ISO 8601 time</source>
        <translation>entité %1 : %2.observedAt est %3, et non une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>expected an uplink object, got %1</source>
        <translation>objet uplink attendu, reçu %1</translation>
    </message>
    <message>
        <source>missing field end_device_ids.device_id</source>
        <translation>champ end_device_ids.device_id manquant</translation>
    </message>
    <message>
        <source>missing field uplink_message (not an uplink)</source>
        <translation>champ uplink_message manquant (pas un message montant)</translation>
    </message>
    <message>
        <source>missing field uplink_message.decoded_payload (set a payload formatter on the network server)</source>
        <translation>champ uplink_message.decoded_payload manquant (configurez un formateur de charge utile sur le serveur de réseau)</translation>
    </message>
    <message>
        <source>missing field deviceInfo.%1</source>
        <translation>champ deviceInfo.%1 manquant</translation>
    </message>
    <message>
        <source>missing field deviceInfo.devEui (v4) or %1 (v3)</source>
        <translation>champ deviceInfo.devEui (v4) ou %1 (v3) manquant</translation>
    </message>
    <message>
        <source>devEUI &quot;%1&quot; is neither hexadecimal nor base64 of 8 bytes</source>
        <translation>le devEUI « %1 » n&apos;est ni de l&apos;hexadécimal ni du base64 de 8 octets</translation>
    </message>
    <message>
        <source>objectJSON: %1</source>
        <translation>objectJSON : %1</translation>
    </message>
    <message>
        <source>missing field object (set a codec on the device profile)</source>
        <translation>champ object manquant (configurez un codec dans le profil de l&apos;équipement)</translation>
    </message>
    <message>
        <source>decoded payload is %1, not an object</source>
        <translation>la charge utile décodée est %1, et non un objet</translation>
    </message>
    <message>
        <source>missing field %1</source>
        <translation>champ %1 manquant</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>ligne %1 : </translation>
    </message>
    <message>
        <source>expected 3 or 4 fields (sensor,time,value[,unit]), got %1</source>
        <translation>3 ou 4 champs attendus (capteur,horodatage,valeur[,unité]), reçu %1</translation>
    </message>
    <message>
        <source>empty sensor id</source>
        <translation>identifiant de capteur vide</translation>
    </message>
    <message>
        <source>time &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>l&apos;horodatage « %1 » n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is not a number</source>
        <translation>la valeur « %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>cannot convert to an unknown sensor kind</source>
        <translation>conversion impossible vers un type de capteur inconnu</translation>
    </message>
    <message>
        <source>value %1 is not a finite number</source>
        <translation>la valeur %1 n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; measures %2, not %3 (expected a unit convertible to %4)</source>
        <translation>l&apos;unité « %1 » mesure %2, et non %3 (unité convertible en %4 attendue)</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; for %2 (expected a unit convertible to %3)</source>
        <translation>unité inconnue « %1 » pour %2 (unité convertible en %3 attendue)</translation>
    </message>
    <message>
        <source>sensor %1: %2</source>
        <translation>capteur %1 : %2</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option %1 inconnue</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 nécessite une valeur</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 8601 time (e.g. 2024-05-01T08:00:00Z)</source>
        <translation>--%1 : « %2 » n&apos;est pas une date et heure ISO 8601 (p. ex. 2024-05-01T08:00:00Z)</translation>
    </message>
    <message>
        <source>missing command (count, export or retention)</source>
        <translation>commande manquante (count, export ou retention)</translation>
    </message>
    <message>
        <source>%1: missing TERRITORY</source>
        <translation>%1 : TERRITOIRE manquant</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1 : argument inattendu « %2 »</translation>
    </message>
    <message>
        <source>%1: no sensor &apos;%2&apos;</source>
        <translation>%1 : aucun capteur « %2 »</translation>
    </message>
    <message>
        <source>%1: no sensor &apos;%2&apos; (no sensor data yet)</source>
        <translation>%1 : aucun capteur « %2 » (pas encore de données de capteurs)</translation>
    </message>
    <message>
        <source>%1 observations of %2 sensors (%3 15-minute aggregates)</source>
        <translation>%1 observations de %2 capteurs (%3 agrégats sur 15 minutes)</translation>
    </message>
    <message>
        <source>%1 observations of sensor %2 (%3 15-minute aggregates)</source>
        <translation>%1 observations du capteur %2 (%3 agrégats sur 15 minutes)</translation>
    </message>
    <message>
        <source>export: --out FILE.csv is required</source>
        <translation>export : --out FICHIER.csv est obligatoire</translation>
    </message>
    <message>
        <source>export: --to (%1) must come after --from (%2)</source>
        <translation>export : --to (%1) doit être postérieur à --from (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 lignes écrites dans %2</translation>
    </message>
    <message>
        <source>retention: --raw-days must be a whole number of days, 0 or more (got &quot;%1&quot;)</source>
        <translation>retention : --raw-days doit être un nombre entier de jours, positif ou nul (reçu « %1 »)</translation>
    </message>
    <message>
        <source>%1 raw values older than %2 days moved into 15-minute aggregates; %3 raw values and %4 aggregates kept</source>
        <translation>%1 valeurs brutes de plus de %2 jours transférées dans des agrégats sur 15 minutes ; %3 valeurs brutes et %4 agrégats conservés</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (count, export or retention)</source>
        <translation>commande « %1 » inconnue (count, export ou retention)</translation>
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
        <translation>Utilisation : vigie-cli sensors COMMANDE TERRITOIRE [arguments]
Capteurs d&apos;un territoire et équipements auxquels ils sont associés.

Commandes :
  list TERRITOIRE [--unbound] [--json]         chaque capteur (ou les seuls non associés) : type, unité, équipement, état, dernière valeur
  register TERRITOIRE CAPTEUR --kind TYPE      enregistre un capteur ou définit son type (%1)
  bind TERRITOIRE CAPTEUR COUCHE FID           associe un capteur à un équipement (COUCHE sous la forme domaine:nom, p. ex. water:junctions)
  unbind TERRITOIRE CAPTEUR                    supprime l&apos;association

Codes de sortie : 0 terminé, 1 échec, 2 erreur d&apos;utilisation, 3 impossible d&apos;ouvrir le territoire.
</translation>
    </message>
    <message>
        <source>missing command (list, register, bind or unbind)</source>
        <translation>commande manquante (list, register, bind ou unbind)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (list, register, bind or unbind)</source>
        <translation>commande « %1 » inconnue (list, register, bind ou unbind)</translation>
    </message>
    <message>
        <source>%1 takes %2 arguments, got %3</source>
        <translation>%1 attend %2 arguments, %3 reçus</translation>
    </message>
    <message>
        <source>unbound</source>
        <translation>non associé</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>%1 sensors</source>
        <translation>%1 capteurs</translation>
    </message>
    <message>
        <source>register: --kind must be a sensor kind, got &quot;%1&quot;</source>
        <translation>register : --kind doit être un type de capteur (reçu « %1 »)</translation>
    </message>
    <message>
        <source>sensor %1 registered as %2 (%3)</source>
        <translation>capteur %1 enregistré comme %2 (%3)</translation>
    </message>
    <message>
        <source>bind: FID must be a feature id (a whole number), got &quot;%1&quot;</source>
        <translation>bind : FID doit être un identifiant d&apos;entité (nombre entier) (reçu « %1 »)</translation>
    </message>
    <message>
        <source>sensor %1 bound to %2 feature %3</source>
        <translation>capteur %1 associé à l&apos;entité %3 de %2</translation>
    </message>
    <message>
        <source>sensor %1 unbound</source>
        <translation>capteur %1 dissocié</translation>
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
        <translation>Utilisation : vigie-cli alarms COMMANDE TERRITOIRE [arguments]
Alarmes déclenchées par les règles sur les valeurs des capteurs, conservées dans le fichier du territoire.

Commandes :
  list TERRITOIRE [--all] [--json]        alarmes ouvertes (avec --all : aussi les alarmes clôturées), les plus récentes d&apos;abord
  ack TERRITOIRE ID [--user NOM]          acquitte une alarme (utilisateur : --user, sinon celui de la session)
  clear TERRITOIRE ID [--user NOM]        clôture une alarme
  history TERRITOIRE ID [--json]          événements d&apos;une alarme : raised, normal, active, acknowledged, cleared
  rules TERRITOIRE [--json]               les règles d&apos;alarme
  add-rule TERRITOIRE --type above|below|rate|stale [--threshold X] [--minutes M] [--kind TYPE]
           [--sensor ID] [--layer COUCHE --fid FID] [--severity info|warning|critical] [--name NOM]
                                          seuil dans l&apos;unité du type (rate : par minute) ; stale : minutes
  remove-rule TERRITOIRE ID               supprime une règle
  check TERRITOIRE [--now ISO]            déclenche les alarmes d&apos;absence de données (stale) et marque les capteurs hors ligne

Codes de sortie : 0 terminé, 1 échec, 2 erreur d&apos;utilisation, 3 impossible d&apos;ouvrir le territoire.
</translation>
    </message>
    <message>
        <source>missing command (list, ack, clear, history, rules, add-rule, remove-rule or check)</source>
        <translation>commande manquante (list, ack, clear, history, rules, add-rule, remove-rule ou check)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (list, ack, clear, history, rules, add-rule, remove-rule or check)</source>
        <translation>commande « %1 » inconnue (list, ack, clear, history, rules, add-rule, remove-rule ou check)</translation>
    </message>
    <message>
        <source>%1: ID must be an alarm or rule number, got &quot;%2&quot;</source>
        <translation>%1 : ID doit être un numéro d&apos;alarme ou de règle (reçu « %2 »)</translation>
    </message>
    <message>
        <source>add-rule: --type must be above, below, rate or stale, got &quot;%1&quot;</source>
        <translation>add-rule : --type doit valoir above, below, rate ou stale (reçu « %1 »)</translation>
    </message>
    <message>
        <source>add-rule: --%1 is required for a %2 rule</source>
        <translation>add-rule : --%1 est obligatoire pour une règle %2</translation>
    </message>
    <message>
        <source>add-rule: --%1 must be a number, got &quot;%2&quot;</source>
        <translation>add-rule : --%1 doit être un nombre, reçu « %2 »</translation>
    </message>
    <message>
        <source>add-rule: --kind must be a sensor kind, got &quot;%1&quot;</source>
        <translation>add-rule : --kind doit être un type de capteur, reçu « %1 »</translation>
    </message>
    <message>
        <source>add-rule: --severity must be info, warning or critical, got &quot;%1&quot;</source>
        <translation>add-rule : --severity doit valoir info, warning ou critical, reçu « %1 »</translation>
    </message>
    <message>
        <source>add-rule: --layer and --fid go together</source>
        <translation>add-rule : --layer et --fid vont ensemble</translation>
    </message>
    <message>
        <source>add-rule: --fid must be a feature id, got &quot;%1&quot;</source>
        <translation>add-rule : --fid doit être un identifiant d&apos;entité, reçu « %1 »</translation>
    </message>
    <message>
        <source> by %1 at %2</source>
        <translation> par %1 le %2</translation>
    </message>
    <message>
        <source> (back to normal)</source>
        <translation> (retour à la normale)</translation>
    </message>
    <message>
        <source>%1 alarms</source>
        <translation>%1 alarmes</translation>
    </message>
    <message>
        <source>%1: no alarm %2</source>
        <translation>%1 : pas d&apos;alarme %2</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 règles</translation>
    </message>
    <message>
        <source>alarm %1 acknowledged by %2</source>
        <translation>alarme %1 acquittée par %2</translation>
    </message>
    <message>
        <source>alarm %1 cleared by %2</source>
        <translation>alarme %1 clôturée par %2</translation>
    </message>
    <message>
        <source>alarm rule %1 added</source>
        <translation>règle d&apos;alarme %1 ajoutée</translation>
    </message>
    <message>
        <source>alarm rule %1 removed</source>
        <translation>règle d&apos;alarme %1 supprimée</translation>
    </message>
    <message>
        <source>%1 stale alarms raised</source>
        <translation>%1 alarmes d&apos;absence de données déclenchées</translation>
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
        <translation>Utilisation : vigie-cli feeds COMMANDE [arguments]
Flux de capteurs en temps réel.

Commandes :
  replay TERRITOIRE [--speed X] [--hours H] [--start ISO] [--json]
      enregistre H heures (168 par défaut) du flux de rejeu intégré (semaine SCADA de L-Town, contrôleurs
      de luminaires, taux de remplissage des conteneurs) via le décodeur JSON ; --speed 0 (par défaut) : le plus
      vite possible, sinon X secondes simulées par seconde ; --start vaut par défaut maintenant moins H heures
      à pleine vitesse, sinon maintenant
  discover URL [--json]
      liste les Things et Datastreams d&apos;un service SensorThings (l&apos;URL se termine par /v1.1 ou /v1.0)
%1
Codes de sortie : 0 terminé, 1 échec, 2 erreur d&apos;utilisation, 3 impossible d&apos;ouvrir le territoire.
</translation>
    </message>
    <message>
        <source>replay takes 1 argument (TERRITORY), got %1</source>
        <translation>replay attend 1 argument (TERRITOIRE), reçu %1</translation>
    </message>
    <message>
        <source>replay: --speed must be 0 (as fast as possible) or a positive factor, got &quot;%1&quot;</source>
        <translation>replay : --speed doit valoir 0 (le plus vite possible) ou un facteur positif, reçu « %1 »</translation>
    </message>
    <message>
        <source>replay: --hours must be a number of hours above 0 (at most a year), got &quot;%1&quot;</source>
        <translation>replay : --hours doit être un nombre d&apos;heures supérieur à 0 (au plus un an), reçu « %1 »</translation>
    </message>
    <message>
        <source>replayed %1 to %2: %3 sensors (%4 bound to assets), %5 payloads, %6 observations: %7 stored, %8 duplicates, %9 rejected, in %10 s (%11 observations/s)</source>
        <translation>rejeu de %1 à %2 : %3 capteurs (%4 associés à des équipements), %5 charges utiles, %6 observations : %7 enregistrées, %8 doublons, %9 rejetées, en %10 s (%11 observations/s)</translation>
    </message>
    <message>
        <source>discover takes 1 argument (URL), got %1</source>
        <translation>discover attend 1 argument (URL), reçu %1</translation>
    </message>
    <message>
        <source>discover: &quot;%1&quot; is not an http(s) URL</source>
        <translation>discover : « %1 » n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>%1 things, %2 datastreams</source>
        <translation>%1 Things, %2 Datastreams</translation>
    </message>
    <message>
        <source>Sensor observations of a territory: count, export to CSV, retention into 15-minute aggregates.</source>
        <translation>Observations des capteurs d&apos;un territoire : comptage, export en CSV, rétention en agrégats de 15 minutes.</translation>
    </message>
    <message>
        <source>Sensors of a territory: list, register, bind to an asset, unbind.</source>
        <translation>Capteurs d&apos;un territoire : liste, enregistrement, association à un équipement, dissociation.</translation>
    </message>
    <message>
        <source>Alarms of a territory: list, acknowledge, clear, rules, stale check.</source>
        <translation>Alarmes d&apos;un territoire : liste, acquittement, clôture, règles, contrôle d&apos;absence de données.</translation>
    </message>
    <message>
        <source>Live feeds: replay the built-in demo feed, discover a SensorThings service.</source>
        <translation>Flux en temps réel : rejeu du flux de démonstration intégré, découverte d&apos;un service SensorThings.</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>commande manquante</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (%2)</source>
        <translation>commande « %1 » inconnue (%2)</translation>
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
        <translation>Utilisation : vigie-cli feeds test CONFIG.json [--seconds N] [--user NOM] [--json]
Se connecte au broker d&apos;une configuration de flux, s&apos;abonne à ses sujets, décode ce qui
arrive pendant N secondes (5 par défaut) et en rend compte. Utilise sa propre session vierge (identifiant client
CLIENTID-test) : il ne prend rien à la session persistante du flux et n&apos;enregistre rien.
Le mot de passe est lu dans VIGIE_MQTT_PASSWORD ou demandé sans écho.

Codes de sortie : 0 connecté (et ce qui est arrivé a été décodé), 1 connexion refusée ou aucun
message n&apos;a pu être décodé, 2 erreur d&apos;utilisation, 3 la configuration est illisible.
</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option --%1 inconnue</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>l&apos;option --%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>MQTT password for %1: </source>
        <translation>Mot de passe MQTT pour %1 : </translation>
    </message>
    <message>
        <source>%1 %2 | %3 msg/s | %4 obs/s | %5 messages | %6 stored | %7 duplicates | %8 errors | %9 reconnects | %10 KiB pending</source>
        <translation>%1 %2 | %3 msg/s | %4 obs/s | %5 messages | %6 enregistrées | %7 doublons | %8 erreurs | %9 reconnexions | %10 Kio en attente</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>vigie-cli ingest: %1</source>
        <translation>vigie-cli ingest : %1</translation>
    </message>
    <message>
        <source>missing TERRITORY</source>
        <translation>TERRITOIRE manquant</translation>
    </message>
    <message>
        <source>one territory only, got: %1</source>
        <translation>un seul territoire, reçu : %1</translation>
    </message>
    <message>
        <source>vigie-cli ingest: the territory %1 does not exist</source>
        <translation>vigie-cli ingest : le territoire %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>vigie-cli ingest: give the broker with --mqtt URL or --feed CONFIG.json</source>
        <translation>vigie-cli ingest : indiquez le broker avec --mqtt URL ou --feed CONFIG.json</translation>
    </message>
    <message>
        <source>vigie-cli ingest: give at least one --topic FILTER</source>
        <translation>vigie-cli ingest : indiquez au moins un --topic FILTRE</translation>
    </message>
    <message>
        <source>vigie-cli ingest: --max-payload takes a positive number of bytes</source>
        <translation>vigie-cli ingest : --max-payload attend un nombre d&apos;octets positif</translation>
    </message>
    <message>
        <source>vigie-cli ingest: --duration takes a positive number of seconds</source>
        <translation>vigie-cli ingest : --duration attend un nombre de secondes positif</translation>
    </message>
    <message>
        <source>ingest: %1 -&gt; %2 (client id %3, topics %4, decoder %5)</source>
        <translation>ingest : %1 -&gt; %2 (identifiant client %3, sujets %4, décodeur %5)</translation>
    </message>
    <message>
        <source>ingest: %1; retrying with backoff until interrupted</source>
        <translation>ingest : %1 ; nouvelles tentatives à intervalle croissant jusqu&apos;à interruption</translation>
    </message>
    <message>
        <source>ingest: stopping, committing what was received...</source>
        <translation>ingest : arrêt, enregistrement de ce qui a été reçu...</translation>
    </message>
    <message>
        <source>%1 messages received (%2 replayed from the journal), %3 observations stored, %4 duplicates ignored, %5 unknown sensors registered, %6 malformed, %7 oversized, %8 reconnects</source>
        <translation>%1 messages reçus (%2 rejoués depuis le journal), %3 observations enregistrées, %4 doublons ignorés, %5 capteurs inconnus enregistrés, %6 mal formés, %7 trop volumineux, %8 reconnexions</translation>
    </message>
    <message>
        <source>vigie-cli feeds test: %1</source>
        <translation>vigie-cli feeds test : %1</translation>
    </message>
    <message>
        <source>vigie-cli feeds test: give one CONFIG.json</source>
        <translation>vigie-cli feeds test : indiquez un CONFIG.json</translation>
    </message>
    <message>
        <source>vigie-cli feeds test: --seconds takes a positive number</source>
        <translation>vigie-cli feeds test : --seconds attend un nombre positif</translation>
    </message>
    <message>
        <source>connected to %1 in %2 ms, subscribed to %3; listening for %4 s...</source>
        <translation>connecté à %1 en %2 ms, abonné à %3 ; écoute pendant %4 s...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 messages in %2 s: %3 decoded into %4 observations of %5 sensors, %6 malformed</source>
        <translation>%1 messages en %2 s : %3 décodés en %4 observations de %5 capteurs, %6 mal formés</translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation>mal formé : %1</translation>
    </message>
    <message>
        <source>sample: %1 %2 = %3 %4</source>
        <translation>exemple : %1 %2 = %3 %4</translation>
    </message>
    <message>
        <source>nothing arrived: check the topic filters, or publish something while the test runs</source>
        <translation>rien n&apos;est arrivé : vérifiez les filtres de sujets, ou publiez quelque chose pendant le test</translation>
    </message>
    <message>
        <source>Receives a live MQTT feed into a territory until interrupted (QoS 1, journaled, nothing lost).</source>
        <translation>Reçoit un flux MQTT en temps réel dans un territoire jusqu&apos;à interruption (QoS 1, journalisé, rien n&apos;est perdu).</translation>
    </message>
    <message>
        <source>Checks a feed configuration: connects, subscribes, decodes what arrives for a few seconds.</source>
        <translation>Vérifie une configuration de flux : connexion, abonnement, décodage de ce qui arrive pendant quelques secondes.</translation>
    </message>
    <message>
        <source>%1: more than %2 pages, stopped</source>
        <translation>%1 : plus de %2 pages, arrêt</translation>
    </message>
    <message>
        <source>%1: @iot.nextLink points back to a page already read, stopped</source>
        <translation>%1 : @iot.nextLink renvoie vers une page déjà lue, arrêt</translation>
    </message>
    <message>
        <source>%1: malformed page: not a SensorThings collection (no &quot;value&quot; array)</source>
        <translation>%1 : page mal formée : ce n&apos;est pas une collection SensorThings (pas de tableau « value »)</translation>
    </message>
    <message>
        <source>expected an NGSI-LD entity or an array of entities</source>
        <translation>entité NGSI-LD ou tableau d&apos;entités attendu</translation>
    </message>
    <message>
        <source>entity %1 has no id</source>
        <translation>l&apos;entité %1 n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>alarm rule &apos;%1&apos;: the threshold must be a finite number</source>
        <translation>règle d&apos;alarme « %1 » : le seuil doit être un nombre fini</translation>
    </message>
    <message>
        <source>alarm rule &apos;%1&apos;: a rate of change threshold must be above 0 (got %2)</source>
        <translation>règle d&apos;alarme « %1 » : un seuil de taux de variation doit être supérieur à 0 (reçu %2)</translation>
    </message>
    <message>
        <source>alarm rule &apos;%1&apos;: a stale rule needs a number of minutes above 0 (got %2)</source>
        <translation>règle d&apos;alarme « %1 » : une règle d&apos;absence de données nécessite un nombre de minutes supérieur à 0 (reçu %2)</translation>
    </message>
    <message>
        <source>alarm rule &apos;%1&apos;: an asset rule needs the layer and the feature id</source>
        <translation>règle d&apos;alarme « %1 » : une règle sur un équipement nécessite la couche et l&apos;identifiant de l&apos;entité</translation>
    </message>
    <message>
        <source>%1: cannot add alarm rule &apos;%2&apos;: %3</source>
        <translation>%1 : impossible d&apos;ajouter la règle d&apos;alarme « %2 » : %3</translation>
    </message>
    <message>
        <source>cannot remove alarm rule %1: %2</source>
        <translation>impossible de supprimer la règle d&apos;alarme %1 : %2</translation>
    </message>
    <message>
        <source>no alarm rule %1</source>
        <translation>pas de règle d&apos;alarme %1</translation>
    </message>
    <message>
        <source>acknowledging alarm %1 needs a user name</source>
        <translation>l&apos;acquittement de l&apos;alarme %1 nécessite un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>alarm %1 was cleared by %2; it cannot be acknowledged</source>
        <translation>l&apos;alarme %1 a été clôturée par %2 ; elle ne peut pas être acquittée</translation>
    </message>
    <message>
        <source>alarm %1 was already acknowledged by %2</source>
        <translation>l&apos;alarme %1 a déjà été acquittée par %2</translation>
    </message>
    <message>
        <source>cannot acknowledge alarm %1: %2</source>
        <translation>impossible d&apos;acquitter l&apos;alarme %1 : %2</translation>
    </message>
    <message>
        <source>clearing alarm %1 needs a user name</source>
        <translation>la clôture de l&apos;alarme %1 nécessite un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>alarm %1 was already cleared by %2</source>
        <translation>l&apos;alarme %1 a déjà été clôturée par %2</translation>
    </message>
    <message>
        <source>cannot clear alarm %1: %2</source>
        <translation>impossible de clôturer l&apos;alarme %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 above %4 %3</source>
        <translation>%1 : %2 %3, au-dessus de %4 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 below %4 %3</source>
        <translation>%1 : %2 %3, en dessous de %4 %3</translation>
    </message>
    <message>
        <source>%1: changes by %2 %3/min (limit %4 %3/min)</source>
        <translation>%1 : varie de %2 %3/min (limite %4 %3/min)</translation>
    </message>
    <message>
        <source>%1: values again</source>
        <translation>%1 : valeurs de nouveau reçues</translation>
    </message>
    <message>
        <source>stale evaluation not done: %1</source>
        <translation>contrôle d&apos;absence de données non effectué : %1</translation>
    </message>
    <message>
        <source>%1: no value for %2 min (limit %3 min)</source>
        <translation>%1 : aucune valeur depuis %2 min (limite %3 min)</translation>
    </message>
    <message>
        <source>cannot read the feed configuration %1: %2</source>
        <translation>impossible de lire la configuration de flux %1 : %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1 : JSON non valide à l&apos;octet %2 : %3</translation>
    </message>
    <message>
        <source>%1: a feed configuration is a JSON object</source>
        <translation>%1 : une configuration de flux doit être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a feed configuration must not hold a password; give it with the environment variable VIGIE_MQTT_PASSWORD or at the prompt (CLI), or in the QGIS authentication manager (app)</source>
        <translation>« %1 » : une configuration de flux ne doit pas contenir de mot de passe ; indiquez-le avec la variable d&apos;environnement VIGIE_MQTT_PASSWORD ou à l&apos;invite (CLI), ou dans le gestionnaire d&apos;authentification de QGIS (application)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation>champ « %1 » inconnu (connus : %2)</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>champ « %1 » manquant</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>le champ « %1 » doit être une chaîne</translation>
    </message>
    <message>
        <source>field &quot;broker&quot;: %1</source>
        <translation>champ « broker » : %1</translation>
    </message>
    <message>
        <source>field &quot;topics/%1&quot; must be a non-empty string</source>
        <translation>le champ « topics/%1 » doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>field &quot;topics&quot; must list at least one topic filter</source>
        <translation>le champ « topics » doit contenir au moins un filtre de sujets</translation>
    </message>
    <message>
        <source>field &quot;qos&quot; must be 0, 1 or 2</source>
        <translation>le champ « qos » doit valoir 0, 1 ou 2</translation>
    </message>
    <message>
        <source>field &quot;decoderOptions&quot; must be an object</source>
        <translation>le champ « decoderOptions » doit être un objet</translation>
    </message>
    <message>
        <source>field &quot;tls&quot; must be an object</source>
        <translation>le champ « tls » doit être un objet</translation>
    </message>
    <message>
        <source>unknown field &quot;tls/%1&quot; (known: %2)</source>
        <translation>champ « tls/%1 » inconnu (connus : %2)</translation>
    </message>
    <message>
        <source>field &quot;tls/verifyServer&quot; must be true or false</source>
        <translation>le champ « tls/verifyServer » doit valoir true ou false</translation>
    </message>
    <message>
        <source>unknown option &quot;decoderOptions/%1&quot; of the json decoder (known: %2)</source>
        <translation>option « decoderOptions/%1 » inconnue du décodeur json (connues : %2)</translation>
    </message>
    <message>
        <source>option &quot;decoderOptions/sensorTopicSegment&quot; must be a topic level index (0, 1, ...)</source>
        <translation>l&apos;option « decoderOptions/sensorTopicSegment » doit être un indice de niveau de sujet (0, 1, ...)</translation>
    </message>
    <message>
        <source>option &quot;decoderOptions/%1&quot; must be a JSON pointer such as &quot;/value&quot;</source>
        <translation>l&apos;option « decoderOptions/%1 » doit être un pointeur JSON tel que « /value »</translation>
    </message>
    <message>
        <source>the %1 decoder takes no decoderOptions (chirpstack: useDeviceName)</source>
        <translation>le décodeur %1 n&apos;accepte pas de decoderOptions (chirpstack : useDeviceName)</translation>
    </message>
    <message>
        <source>vigie-cli %1: %2</source>
        <translation>vigie-cli %1 : %2</translation>
    </message>
    <message>
        <source>Run &quot;vigie-cli %1 --help&quot; for usage.</source>
        <translation>Lancez « vigie-cli %1 --help » pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>cannot create the journal file %1: %2</source>
        <translation>impossible de créer le fichier journal %1 : %2</translation>
    </message>
    <message>
        <source>cannot open the journal file %1: %2</source>
        <translation>impossible d&apos;ouvrir le fichier journal %1 : %2</translation>
    </message>
    <message>
        <source>journal %1: dropped a torn or corrupt record at byte %2 (%3 bytes, from an interrupted write)</source>
        <translation>journal %1 : enregistrement tronqué ou corrompu supprimé à l&apos;octet %2 (%3 octets, issus d&apos;une écriture interrompue)</translation>
    </message>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>impossible de créer le dossier du journal %1</translation>
    </message>
    <message>
        <source>the journal %1 is in use by another process (same territory and client id)</source>
        <translation>le journal %1 est utilisé par un autre processus (même territoire et même identifiant client)</translation>
    </message>
    <message>
        <source>journal %1: %2 messages from a previous run are replayed first</source>
        <translation>journal %1 : %2 messages d&apos;une exécution précédente sont rejoués d&apos;abord</translation>
    </message>
    <message>
        <source>message of %1 bytes is larger than the journal accepts (%2 bytes)</source>
        <translation>message de %1 octets, plus gros que ce que le journal accepte (%2 octets)</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>le journal n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>cannot write the journal file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier journal %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the journal file %1: %2</source>
        <translation>impossible de lire le fichier journal %1 : %2</translation>
    </message>
    <message>
        <source>journal %1: corrupt record at byte %2, rest of the segment skipped</source>
        <translation>journal %1 : enregistrement corrompu à l&apos;octet %2, reste du segment ignoré</translation>
    </message>
    <message>
        <source>the broker %1 refused the connection: unacceptable MQTT protocol version</source>
        <translation>le broker %1 a refusé la connexion : version du protocole MQTT non acceptée</translation>
    </message>
    <message>
        <source>the broker %1 refused the client id &quot;%2&quot;</source>
        <translation>le broker %1 a refusé l&apos;identifiant client « %2 »</translation>
    </message>
    <message>
        <source>the broker %1 is unavailable (it refused the connection: server unavailable)</source>
        <translation>le broker %1 n&apos;est pas disponible (il a refusé la connexion : serveur indisponible)</translation>
    </message>
    <message>
        <source>the broker %1 refused the connection: bad user name or password (user &quot;%2&quot;)</source>
        <translation>le broker %1 a refusé la connexion : nom d&apos;utilisateur ou mot de passe incorrect (utilisateur « %2 »)</translation>
    </message>
    <message>
        <source>the broker %1 refused the connection: bad user name or password, or user &quot;%2&quot; is not authorized</source>
        <translation>le broker %1 a refusé la connexion : nom d&apos;utilisateur ou mot de passe incorrect, ou l&apos;utilisateur « %2 » n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>the broker %1 refused the connection: not authorized (it may require a user name and password)</source>
        <translation>le broker %1 a refusé la connexion : non autorisé (il exige peut-être un nom d&apos;utilisateur et un mot de passe)</translation>
    </message>
    <message>
        <source>the broker %1 refused the connection: user &quot;%2&quot; is not authorized</source>
        <translation>le broker %1 a refusé la connexion : l&apos;utilisateur « %2 » n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: the broker&apos;s certificate is not trusted (not signed by the CA in %2, or expired): %3</source>
        <translation>échec de la connexion TLS à %1 : le certificat du broker n&apos;est pas de confiance (non signé par l&apos;autorité de certification de %2, ou expiré) : %3</translation>
    </message>
    <message>
        <source>the system store</source>
        <translation>le magasin de certificats du système</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: the broker&apos;s certificate does not name this host: %2</source>
        <translation>échec de la connexion TLS à %1 : le certificat du broker ne désigne pas cet hôte : %2</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: the broker rejected the client certificate %2 or ended the handshake (%3)</source>
        <translation>échec de la connexion TLS à %1 : le broker a rejeté le certificat client %2 ou a interrompu la négociation (%3)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucun indiqué)</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2</source>
        <translation>échec de la connexion TLS à %1 : %2</translation>
    </message>
    <message>
        <source>handshake error</source>
        <translation>erreur de négociation</translation>
    </message>
    <message>
        <source>cannot reach the broker %1 (connection refused, unknown host or timeout)%2</source>
        <translation>impossible de joindre le broker %1 (connexion refusée, hôte inconnu ou délai dépassé)%2</translation>
    </message>
    <message>
        <source>cannot subscribe on %1 (Paho error %2)</source>
        <translation>impossible de s&apos;abonner sur %1 (erreur Paho %2)</translation>
    </message>
    <message>
        <source>connection to %1 lost%2, reconnecting</source>
        <translation>connexion à %1 perdue%2, reconnexion en cours</translation>
    </message>
    <message>
        <source>the broker %1 refused the subscription to %2 (not authorized for these topics?)</source>
        <translation>le broker %1 a refusé l&apos;abonnement à %2 (pas d&apos;autorisation pour ces sujets ?)</translation>
    </message>
    <message>
        <source>connected to %1, subscribed to %2</source>
        <translation>connecté à %1, abonné à %2</translation>
    </message>
    <message>
        <source>cannot subscribe to %1 on %2 (code %3)</source>
        <translation>impossible de s&apos;abonner à %1 sur %2 (code %3)</translation>
    </message>
    <message>
        <source>cannot start connecting to %1 (Paho error %2)</source>
        <translation>impossible de commencer la connexion à %1 (erreur Paho %2)</translation>
    </message>
    <message>
        <source>invalid broker URL &quot;%1&quot;: use mqtt://HOST:PORT, mqtts://HOST:PORT, tcp:// or ssl://</source>
        <translation>URL de broker « %1 » non valide : utilisez mqtt://HÔTE:PORT, mqtts://HÔTE:PORT, tcp:// ou ssl://</translation>
    </message>
    <message>
        <source>invalid broker URL &quot;%1&quot;: expected %2://HOST:PORT</source>
        <translation>URL de broker « %1 » non valide : %2://HÔTE:PORT attendu</translation>
    </message>
    <message>
        <source>a client id is required: the broker keeps the persistent session under it</source>
        <translation>un identifiant client est obligatoire : le broker conserve la session persistante sous cet identifiant</translation>
    </message>
    <message>
        <source>no topic to subscribe to</source>
        <translation>aucun sujet auquel s&apos;abonner</translation>
    </message>
    <message>
        <source>invalid QoS %1 (0, 1 or 2)</source>
        <translation>QoS %1 non valide (0, 1 ou 2)</translation>
    </message>
    <message>
        <source>TLS files are given but the broker URL %1 is not a TLS one (use mqtts:// or ssl://)</source>
        <translation>des fichiers TLS sont indiqués mais l&apos;URL du broker %1 n&apos;est pas une URL TLS (utilisez mqtts:// ou ssl://)</translation>
    </message>
    <message>
        <source>a client certificate needs both the certificate file and its key file</source>
        <translation>un certificat client nécessite à la fois le fichier du certificat et celui de sa clé</translation>
    </message>
    <message>
        <source>cannot read the TLS file %1</source>
        <translation>impossible de lire le fichier TLS %1</translation>
    </message>
    <message>
        <source>invalid topic filter &quot;%1&quot; (# only as the last level)</source>
        <translation>filtre de sujets « %1 » non valide (# seulement comme dernier niveau)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot create the MQTT client for %1 (Paho error %2)</source>
        <translation>impossible de créer le client MQTT pour %1 (erreur Paho %2)</translation>
    </message>
    <message>
        <source>cannot set the MQTT callbacks (Paho error %1)</source>
        <translation>impossible de définir les fonctions de rappel MQTT (erreur Paho %1)</translation>
    </message>
    <message>
        <source>no answer from the broker %1 within %2 s</source>
        <translation>pas de réponse du broker %1 en %2 s</translation>
    </message>
    <message>
        <source>%1: no asset layer &apos;%2&apos;</source>
        <translation>%1 : pas de couche d&apos;équipements « %2 »</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no primary key</source>
        <translation>%1 : la couche « %2 » n&apos;a pas de clé primaire</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no feature %3</source>
        <translation>%1 : la couche « %2 » n&apos;a pas d&apos;entité %3</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage or corrupt: %2</source>
        <translation>%1 : ce n&apos;est pas un GeoPackage, ou il est corrompu : %2</translation>
    </message>
    <message>
        <source>%1 is not a Vigie territory (no vigie_schema or gpkg_contents table)</source>
        <translation>%1 n&apos;est pas un territoire Vigie (pas de table vigie_schema ni gpkg_contents)</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL: %2</source>
        <translation>%1 : impossible de passer en mode WAL : %2</translation>
    </message>
    <message>
        <source>%1: cannot read vigie_schema: %2</source>
        <translation>%1 : impossible de lire vigie_schema : %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Vigie (component feeds schema %2, this version supports %3)</source>
        <translation>%1 a été écrit par une version plus récente de Vigie (composant feeds, schéma %2 ; cette version gère %3)</translation>
    </message>
    <message>
        <source>%1 has no sensor data yet (no feeds tables)</source>
        <translation>%1 n&apos;a pas encore de données de capteurs (pas de tables feeds)</translation>
    </message>
    <message>
        <source>%1: cannot start the feeds migration: %2</source>
        <translation>%1 : impossible de démarrer la migration de feeds : %2</translation>
    </message>
    <message>
        <source>%1: migration of feeds to schema %2 failed: %3</source>
        <translation>%1 : échec de la migration de feeds vers le schéma %2 : %3</translation>
    </message>
    <message>
        <source>%1: feeds tables created (schema %2)</source>
        <translation>%1 : tables feeds créées (schéma %2)</translation>
    </message>
    <message>
        <source>%1: cannot read the feeds tables: %2</source>
        <translation>%1 : impossible de lire les tables feeds : %2</translation>
    </message>
    <message>
        <source>%1: cannot read the alarms: %2</source>
        <translation>%1 : impossible de lire les alarmes : %2</translation>
    </message>
    <message>
        <source>%1: cannot change the durability: %2</source>
        <translation>%1 : impossible de modifier le niveau de durabilité : %2</translation>
    </message>
    <message>
        <source>observation without sensor id</source>
        <translation>observation sans identifiant de capteur</translation>
    </message>
    <message>
        <source>sensor %1: observation without a valid time</source>
        <translation>capteur %1 : observation sans horodatage valide</translation>
    </message>
    <message>
        <source>sensor %1: value %2 is not a finite number</source>
        <translation>capteur %1 : la valeur %2 n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>%1: observations not stored (batch of %2 rolled back): %3</source>
        <translation>%1 : observations non enregistrées (lot de %2 annulé) : %3</translation>
    </message>
    <message>
        <source>a sensor id cannot be empty</source>
        <translation>un identifiant de capteur ne peut pas être vide</translation>
    </message>
    <message>
        <source>sensor %1 already has %2 values of kind %3; its kind cannot change</source>
        <translation>le capteur %1 a déjà %2 valeurs de type %3 ; son type ne peut pas changer</translation>
    </message>
    <message>
        <source>%1: cannot register sensor %2: %3</source>
        <translation>%1 : impossible d&apos;enregistrer le capteur %2 : %3</translation>
    </message>
    <message>
        <source>%1: cannot bind sensor %2: %3</source>
        <translation>%1 : impossible d&apos;associer le capteur %2 : %3</translation>
    </message>
    <message>
        <source>%1: cannot register sensors: %2</source>
        <translation>%1 : impossible d&apos;enregistrer les capteurs : %2</translation>
    </message>
    <message>
        <source>%1: cannot unbind sensor %2: %3</source>
        <translation>%1 : impossible de dissocier le capteur %2 : %3</translation>
    </message>
    <message>
        <source>%1: cannot change the state of sensor %2: %3</source>
        <translation>%1 : impossible de modifier l&apos;état du capteur %2 : %3</translation>
    </message>
    <message>
        <source>the raw retention period must be 0 days or more (got %1)</source>
        <translation>la durée de rétention des données brutes doit être de 0 jour ou plus (reçu %1)</translation>
    </message>
    <message>
        <source>%1: retention not applied: %2</source>
        <translation>%1 : rétention non appliquée : %2</translation>
    </message>
    <message>
        <source>%1: cannot read the replay data: %2</source>
        <translation>%1 : impossible de lire les données de rejeu : %2</translation>
    </message>
    <message>
        <source>%1:1: the header must be &quot;time,KIND:ID,...&quot;</source>
        <translation>%1:1 : l&apos;en-tête doit être « time,KIND:ID,... »</translation>
    </message>
    <message>
        <source>%1:1: column %2 &quot;%3&quot; is not KIND:ID with a known sensor kind</source>
        <translation>%1:1 : la colonne %2 « %3 » n&apos;est pas de la forme KIND:ID avec un type de capteur connu</translation>
    </message>
    <message>
        <source>%1:%2: %3 values, expected %4</source>
        <translation>%1:%2 : %3 valeurs au lieu de %4</translation>
    </message>
    <message>
        <source>%1:%2: column %3: &quot;%4&quot; is not a number</source>
        <translation>%1:%2 : colonne %3 : « %4 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1: no readings</source>
        <translation>%1 : aucune mesure</translation>
    </message>
    <message>
        <source>%1: not an http(s) URL</source>
        <translation>%1 : ce n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1 : pas de réponse en %2 s</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1 : HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: malformed page: %2 at byte %3</source>
        <translation>%1 : page mal formée : %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>%1: malformed page: value[%2] is not a Thing object</source>
        <translation>%1 : page mal formée : value[%2] n&apos;est pas un objet Thing</translation>
    </message>
    <message>
        <source>%1: malformed page: value[%2] has no @iot.id</source>
        <translation>%1 : page mal formée : value[%2] n&apos;a pas de @iot.id</translation>
    </message>
    <message>
        <source>%1: malformed page: %2</source>
        <translation>%1 : page mal formée : %2</translation>
    </message>
    <message>
        <source>%1: malformed page: expected an array of NGSI-LD entities</source>
        <translation>%1 : page mal formée : tableau d&apos;entités NGSI-LD attendu</translation>
    </message>
    <message>
        <source>change notifications need a PostGIS territory</source>
        <translation>les notifications de modification nécessitent un territoire PostGIS</translation>
    </message>
    <message>
        <source>no change notifications on %1 (alarms changed elsewhere are polled every %2 s): %3</source>
        <translation>pas de notifications de modification sur %1 (les alarmes modifiées ailleurs sont relues toutes les %2 s) : %3</translation>
    </message>
    <message>
        <source>%1: cannot connect to PostgreSQL: %2</source>
        <translation>%1 : impossible de se connecter à PostgreSQL : %2</translation>
    </message>
    <message>
        <source>%1 is not a Vigie territory (no vigie_schema table)</source>
        <translation>%1 n&apos;est pas un territoire Vigie (pas de table vigie_schema)</translation>
    </message>
    <message>
        <source>the database connection is lost and cannot be restored yet: %1</source>
        <translation>la connexion à la base de données est perdue et ne peut pas encore être rétablie : %1</translation>
    </message>
    <message>
        <source>%1: connected again</source>
        <translation>%1 : connexion rétablie</translation>
    </message>
    <message>
        <source>%1: cannot start gzip decompression</source>
        <translation>%1 : impossible de démarrer la décompression gzip</translation>
    </message>
    <message>
        <source>%1: truncated gzip data</source>
        <translation>%1 : données gzip tronquées</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data</source>
        <translation>%1 : données gzip corrompues</translation>
    </message>
    <message>
        <source>%1:1: the header must be &quot;Timestamp,JUNCTION,...&quot;</source>
        <translation>%1:1 : l&apos;en-tête doit être &quot;Timestamp,JUNCTION,...&quot;</translation>
    </message>
    <message>
        <source>%1:1: column %2 has no junction id</source>
        <translation>%1:1 : la colonne %2 n&apos;a pas d&apos;identifiant de jonction</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not 5 minutes after the previous row</source>
        <translation>%1:%2 : « %3 » ne suit pas la ligne précédente de 5 minutes</translation>
    </message>
    <message>
        <source>%1:%2: the first row must be a Monday 00:00 (&quot;%3&quot;)</source>
        <translation>%1:%2 : la première ligne doit être un lundi à 00:00 (« %3 »)</translation>
    </message>
    <message>
        <source>Low pressure (below 28 m)</source>
        <translation>Pression basse (moins de 28 m)</translation>
    </message>
    <message>
        <source>High pressure (above 57 m)</source>
        <translation>Pression haute (plus de 57 m)</translation>
    </message>
    <message>
        <source>Low tank level (below 2.5 m)</source>
        <translation>Niveau bas du château d&apos;eau (moins de 2,5 m)</translation>
    </message>
    <message>
        <source>Pressure sensor silent for 30 minutes</source>
        <translation>Capteur de pression muet depuis 30 minutes</translation>
    </message>
    <message>
        <source>replay feed: %1 sensors (%2 bound to assets): %3 SCADA, %4 customer meters, %5 lamp controllers, %6 bins</source>
        <translation>flux de rejeu : %1 capteurs (%2 associés à des équipements) : %3 SCADA, %4 compteurs d&apos;abonnés, %5 contrôleurs de luminaires, %6 conteneurs</translation>
    </message>
    <message>
        <source>an analysis alarm needs a key (its sensor id)</source>
        <translation>une alarme d&apos;analyse nécessite une clé (son identifiant de capteur)</translation>
    </message>
    <message>
        <source>cannot raise the alarm &quot;%1&quot;: %2</source>
        <translation>impossible de déclencher l&apos;alarme « %1 » : %2</translation>
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
        <translation>Utilisation : vigie-cli observations COMMANDE TERRITOIRE [options]
Relit les observations des capteurs enregistrées dans un fichier de territoire.

Commandes :
  count TERRITOIRE [--sensor ID] [--json]    nombre d&apos;observations brutes (et d&apos;agrégats sur 15 minutes)
  export TERRITOIRE --out FICHIER.csv [--sensor ID] [--from ISO] [--to ISO] [--aggregates]
                                             écrit en CSV les observations brutes (sensor,time,value,unit,flags)
                                             ou les agrégats sur 15 minutes (sensor,start,min,mean,max,count)
  retention TERRITOIRE --raw-days N          transfère dès maintenant les valeurs brutes de plus de N jours dans des agrégats sur 15 minutes
  retention TERRITOIRE                       idem avec la durée de rétention du territoire
  retention TERRITOIRE --set-raw-days N      enregistre la durée de rétention (1 à 36500 jours, 90 par défaut) :
                                             vigie-cli ingest et l&apos;application l&apos;appliquent au démarrage puis toutes les heures
  retention TERRITOIRE --show [--json]       la durée de rétention, le nombre de valeurs brutes et d&apos;agrégats

Les dates et heures sont au format ISO 8601 (2024-05-01T08:00:00Z) ; --from est inclus, --to exclu.
Codes de sortie : 0 terminé, 1 échec, 2 erreur d&apos;utilisation, 3 impossible d&apos;ouvrir le territoire.
</translation>
    </message>
    <message>
        <source>retention: give one of --raw-days N, --set-raw-days N or --show</source>
        <translation>retention : indiquez --raw-days N, --set-raw-days N ou --show</translation>
    </message>
    <message>
        <source>raw values kept %1 days, then 15-minute aggregates</source>
        <translation>valeurs brutes conservées %1 jours, puis agrégats sur 15 minutes</translation>
    </message>
    <message>
        <source>raw values kept %1 days (default), then 15-minute aggregates</source>
        <translation>valeurs brutes conservées %1 jours (par défaut), puis agrégats sur 15 minutes</translation>
    </message>
    <message>
        <source>%1 raw values, %2 aggregates</source>
        <translation>%1 valeurs brutes, %2 agrégats</translation>
    </message>
    <message>
        <source>retention: --set-raw-days must be a whole number of days from 1 to %1 (got &quot;%2&quot;)</source>
        <translation>retention : --set-raw-days doit être un nombre entier de jours de 1 à %1 (reçu « %2 »)</translation>
    </message>
    <message>
        <source>raw values are now kept %1 days; vigie-cli ingest and the app apply it at start and every hour (vigie-cli observations retention TERRITORY applies it now)</source>
        <translation>les valeurs brutes sont désormais conservées %1 jours ; vigie-cli ingest et l&apos;application appliquent cette durée au démarrage puis toutes les heures (vigie-cli observations retention TERRITOIRE l&apos;applique immédiatement)</translation>
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
        <translation>Utilisation : vigie-cli feeds import TERRITOIRE SOURCE [options]
Enregistre l&apos;historique d&apos;un flux dans un territoire, par le même chemin que les flux en temps réel : unités converties,
capteurs inconnus enregistrés comme non associés, valeurs hors plage signalées, observation déjà enregistrée comptée
comme doublon (importer deux fois n&apos;enregistre rien de nouveau).

Sources (une seule) :
  --sensorthings URL      racine d&apos;un service OGC SensorThings (se termine par /v1.1 ou /v1.0)
      [--datastream ID[,ID...]] [--thing ID[,ID...]]   par défaut : tous les Datastreams du service
  --ngsi-ld URL           racine d&apos;un broker FIWARE NGSI-LD
      [--type Streetlight|WaterObserved|WasteContainer|DeviceMeasurement[,...]]   par défaut : les quatre
      [--temporal]        requête temporelle (historique) au lieu des valeurs actuelles des entités
      [--tenant NOM]      tenant NGSI-LD (en-tête NGSILD-Tenant)
      [--every SECONDES [--count N]]   interroge le broker jusqu&apos;à Ctrl+C (ou N interrogations)
  --csv FICHIER           fichier CSV, par défaut &quot;sensor,time,value[,unit]&quot; avec une ligne d&apos;en-tête facultative
      [--delimiter C]     , ; tab ou |
      [--sensor-column C] [--time-column C] [--value-column C] [--unit-column C]
                          un nom de colonne de l&apos;en-tête ou un numéro de colonne (1 = la première)
      [--sensor ID]       toutes les lignes concernent ce capteur (un fichier &quot;time,value[,unit]&quot;)
      [--unit UNITÉ]      unité des valeurs quand le fichier n&apos;en indique pas

Options :
  --from ISO --to ISO     période (from incluse, to exclue), ISO 8601 (2024-05-01T00:00:00Z)
  --timeout SECONDES      délai d&apos;attente des requêtes HTTP (30 par défaut)
  --json                  résultat lisible par une machine

Chaque page HTTP (ou lot de 10 000 lignes CSV) est enregistrée en une seule transaction. En cas d&apos;erreur (serveur
injoignable, erreur HTTP, page mal formée), l&apos;import s&apos;arrête en indiquant l&apos;URL et la raison : les pages
précédentes restent enregistrées, celle en échec ne l&apos;est pas, et relancer l&apos;import n&apos;enregistre que ce qui
manque. Un fichier CSV est d&apos;abord vérifié en entier : une ligne incorrecte donne FICHIER:LIGNE et la raison, et rien
n&apos;est enregistré.
Codes de sortie : 0 terminé, 1 échec (réseau, HTTP, page mal formée, ligne CSV incorrecte), 2 erreur d&apos;utilisation,
3 impossible d&apos;ouvrir le territoire ou le fichier CSV.
</translation>
    </message>
    <message>
        <source>%1 pages, %2 observations read: %3 stored, %4 duplicates, %5 unknown sensors registered (unbound), %6 out of range, %7 rejected</source>
        <translation>%1 pages, %2 observations lues : %3 enregistrées, %4 doublons, %5 capteurs inconnus enregistrés (non associés), %6 hors plage, %7 rejetées</translation>
    </message>
    <message>
        <source>vigie-cli feeds import: %1</source>
        <translation>vigie-cli feeds import : %1</translation>
    </message>
    <message>
        <source>Run &quot;vigie-cli feeds import --help&quot; for usage.</source>
        <translation>Lancez « vigie-cli feeds import --help » pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>takes 1 argument (TERRITORY), got %1</source>
        <translation>attend 1 argument (TERRITOIRE), %1 reçus</translation>
    </message>
    <message>
        <source>give one source: --sensorthings URL, --ngsi-ld URL or --csv FILE</source>
        <translation>indiquez une seule source : --sensorthings URL, --ngsi-ld URL ou --csv FICHIER</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an http(s) URL</source>
        <translation>--%1 : « %2 » n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>--%1 only goes with %2</source>
        <translation>--%1 ne s&apos;utilise qu&apos;avec %2</translation>
    </message>
    <message>
        <source>--delimiter must be , ; | or tab, got &quot;%1&quot;</source>
        <translation>--delimiter doit être , ; | ou tab (reçu « %1 »)</translation>
    </message>
    <message>
        <source>--sensor and --sensor-column exclude each other</source>
        <translation>--sensor et --sensor-column s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--to (%1) must come after --from (%2)</source>
        <translation>--to (%1) doit être postérieur à --from (%2)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0, got &quot;%1&quot;</source>
        <translation>--timeout doit être un nombre de secondes supérieur à 0 (reçu « %1 »)</translation>
    </message>
    <message>
        <source>--every must be a number of seconds from 1 to 86400, got &quot;%1&quot;</source>
        <translation>--every doit être un nombre de secondes de 1 à 86400 (reçu « %1 »)</translation>
    </message>
    <message>
        <source>--count must be a number of polls above 0, with --every</source>
        <translation>--count doit être un nombre d&apos;interrogations supérieur à 0, avec --every</translation>
    </message>
    <message>
        <source>%1: no such readable file</source>
        <translation>%1 : fichier introuvable ou illisible</translation>
    </message>
    <message>
        <source>… %1 pages, %2 observations stored (%3)</source>
        <translation>… %1 pages, %2 observations enregistrées (%3)</translation>
    </message>
    <message>
        <source>stored before the error: %1</source>
        <translation>enregistré avant l&apos;erreur : %1</translation>
    </message>
    <message>
        <source>imported %1 into %2: %3</source>
        <translation>%1 importé dans %2 : %3</translation>
    </message>
    <message>
        <source>%1 polls, %2 failed</source>
        <translation>%1 interrogations, %2 en échec</translation>
    </message>
    <message>
        <source>stores in TERRITORY the history of a SensorThings service (--sensorthings URL), an NGSI-LD broker (--ngsi-ld URL; --every polls it) or a CSV file (--csv FILE); see feeds import --help</source>
        <translation>enregistre dans TERRITOIRE l&apos;historique d&apos;un service SensorThings (--sensorthings URL), d&apos;un broker NGSI-LD (--ngsi-ld URL ; --every l&apos;interroge à intervalles réguliers) ou d&apos;un fichier CSV (--csv FICHIER) ; voir feeds import --help</translation>
    </message>
    <message>
        <source>cancelled after %1 pages (%2 observations stored; running the import again stores only what is missing)</source>
        <translation>annulé après %1 pages (%2 observations enregistrées ; relancer l&apos;import n&apos;enregistre que ce qui manque)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>unusable delimiter</source>
        <translation>séparateur inutilisable</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>champ entre guillemets non fermé</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the header (%2)</source>
        <translation>pas de colonne « %1 » dans l&apos;en-tête (%2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: not a column number, and the file has no header line</source>
        <translation>colonne « %1 » : ce n&apos;est pas un numéro de colonne, et le fichier n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>expected at least %1 fields, got %2</source>
        <translation>au moins %1 champs attendus, %2 reçus</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1 : non enregistré : %2</translation>
    </message>
    <message>
        <source>the end of the time range (%1) must come after its start (%2)</source>
        <translation>la fin de la période (%1) doit être postérieure à son début (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>« %1 » n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>%1: Thing %2 has no Datastream</source>
        <translation>%1 : le Thing %2 n&apos;a pas de Datastream</translation>
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
        <translation>Utilisation : vigie-cli ingest TERRITOIRE --mqtt URL --topic FILTRE [--topic FILTRE ...] [options]
              vigie-cli ingest TERRITOIRE --feed CONFIG.json [options]
Reçoit un flux MQTT en temps réel dans le territoire jusqu&apos;à interruption (Ctrl+C, SIGTERM) ; chaque
message est journalisé à côté du territoire avant d&apos;être acquitté, et tout ce qui a été reçu
est enregistré avant la fin de la commande. La progression est affichée chaque seconde sur stderr.

Options :
  --mqtt URL          broker : mqtt://HÔTE:PORT, mqtts://HÔTE:PORT (TLS), tcp://, ssl://
  --topic FILTRE      filtre de sujets, QoS 1 (répétable ; jokers + et #)
  --client-id ID      identifiant client de la session persistante (par défaut : vigie-NOM DU TERRITOIRE)
  --decoder NOM       %1 (json par défaut)
  --feed FICHIER      configuration du flux (JSON) ; les options ci-dessus la remplacent
  --user NOM          nom d&apos;utilisateur ; le mot de passe est lu dans VIGIE_MQTT_PASSWORD ou demandé
                      sans écho (il n&apos;est jamais enregistré)
  --ca FICHIER        certificat(s) de l&apos;autorité de certification du broker (PEM) ; TLS 1.2 minimum
  --cert FICHIER      certificat client (PEM), avec --key FICHIER
  --key FICHIER       clé privée du certificat client
  --insecure          ne vérifie pas le certificat du broker (tests uniquement)
  --max-payload OCTETS les messages plus gros sont comptés et ignorés (1048576 par défaut)
  --duration SECONDES s&apos;arrête de lui-même au bout de cette durée
  --no-retention      n&apos;applique pas la durée de rétention du territoire (valeurs brutes conservées N
                      jours, puis agrégats sur 15 minutes : voir vigie-cli observations retention) ;
                      par défaut, elle est appliquée au démarrage puis toutes les heures, entre deux validations
  --quiet             pas de lignes de progression
  -h, --help          affiche cette aide

Codes de sortie : 0 arrêté avec tout enregistré, 1 le broker a refusé la connexion
(identifiants, certificat) ou le flux a échoué, 2 erreur d&apos;utilisation, 3 le territoire ou un fichier
est illisible.
</translation>
    </message>
    <message>
        <source>retention: %1 raw values older than %2 days moved into 15-minute aggregates (%3 passes, longest step %4 ms)</source>
        <translation>rétention : %1 valeurs brutes de plus de %2 jours transférées dans des agrégats sur 15 minutes (%3 passes, étape la plus longue %4 ms)</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: the broker offers no TLS 1.2 or 1.3 protocol and cipher suite in common with Vigie (TLS 1.2 is the minimum), or it refused the client certificate (%2)</source>
        <translation>échec de la connexion TLS à %1 : le broker ne propose aucun protocole TLS 1.2 ou 1.3 ni aucune suite de chiffrement en commun avec Vigie (TLS 1.2 est le minimum), ou il a refusé le certificat client (%2)</translation>
    </message>
    <message>
        <source>%1: feeds tables migrated from schema %2 to %3</source>
        <translation>%1 : tables feeds migrées du schéma %2 au schéma %3</translation>
    </message>
    <message>
        <source>%1: cannot read the feeds settings: %2</source>
        <translation>%1 : impossible de lire les paramètres des flux : %2</translation>
    </message>
    <message>
        <source>%1: table feeds_settings, row %2: &quot;%3&quot; is not a retention period (a whole number of days from 1 to %4)</source>
        <translation>%1 : table feeds_settings, ligne %2 : « %3 » n&apos;est pas une durée de rétention (nombre entier de jours de 1 à %4)</translation>
    </message>
    <message>
        <source>the raw retention period must be a whole number of days from 1 to %1 (got %2)</source>
        <translation>la durée de rétention des données brutes doit être un nombre entier de jours de 1 à %1 (reçu %2)</translation>
    </message>
    <message>
        <source>feeds schema %1 opened read-only</source>
        <translation>schéma feeds %1 ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1: cannot store the retention period: %2</source>
        <translation>%1 : impossible d&apos;enregistrer la durée de rétention : %2</translation>
    </message>
</context>
<context>
    <name>vigie::feeds::IngestService</name>
    <message>
        <source>further malformed messages are summarised every 10 s</source>
        <translation>les messages mal formés suivants sont résumés toutes les 10 s</translation>
    </message>
    <message>
        <source>message on %1 dropped: %2 bytes, more than the %3 bytes accepted</source>
        <translation>message sur %1 ignoré : %2 octets, au-delà des %3 octets acceptés</translation>
    </message>
    <message>
        <source>%1 more malformed messages in the last 10 s</source>
        <translation>%1 autres messages mal formés au cours des 10 dernières secondes</translation>
    </message>
    <message>
        <source>malformed message on %1 (%2 bytes): %3</source>
        <translation>message mal formé sur %1 (%2 octets) : %3</translation>
    </message>
    <message>
        <source>stopping with %1 observations left in the journal %2</source>
        <translation>arrêt avec %1 observations restant dans le journal %2</translation>
    </message>
    <message>
        <source>%1 unknown sensors registered as unbound sensors</source>
        <translation>%1 capteurs inconnus enregistrés comme capteurs non associés</translation>
    </message>
    <message>
        <source>%1 observations stored after %2 failed attempts</source>
        <translation>%1 observations enregistrées après %2 tentatives infructueuses</translation>
    </message>
    <message>
        <source>cannot store %1 observations, retrying in %2 ms: %3</source>
        <translation>impossible d&apos;enregistrer %1 observations, nouvel essai dans %2 ms : %3</translation>
    </message>
    <message>
        <source>retention not applied: %1</source>
        <translation>rétention non appliquée : %1</translation>
    </message>
    <message>
        <source>retention: %1 raw values older than %2 days moved into 15-minute aggregates</source>
        <translation>rétention : %1 valeurs brutes de plus de %2 jours transférées dans des agrégats sur 15 minutes</translation>
    </message>
    <message>
        <source>stale alarm rules not evaluated: %1</source>
        <translation>règles d&apos;alarme d&apos;absence de données non évaluées : %1</translation>
    </message>
</context>
<context>
    <name>vigie::hydraulics</name>
    <message>
        <source>%1:%2: column %3: %4</source>
        <translation>%1:%2 : colonne %3 : %4</translation>
    </message>
    <message>
        <source>expected &quot;pipe_id, YYYY-MM-DD HH:MM&quot;</source>
        <translation>« pipe_id, AAAA-MM-JJ HH:MM » attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time YYYY-MM-DD HH:MM</source>
        <translation>« %1 » n&apos;est pas une heure AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>empty pipe id</source>
        <translation>identifiant de canalisation vide</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>the header needs at least link_id,start_time,end_time</source>
        <translation>l&apos;en-tête doit contenir au moins link_id,start_time,end_time</translation>
    </message>
    <message>
        <source>missing value (%1 columns expected)</source>
        <translation>valeur manquante (%1 colonnes attendues)</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>la fin est antérieure au début</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a diameter in metres</source>
        <translation>« %1 » n&apos;est pas un diamètre en mètres</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot start gzip decompression</source>
        <translation>%1 : impossible de démarrer la décompression gzip</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data (%2)</source>
        <translation>%1 : données gzip corrompues (%2)</translation>
    </message>
    <message>
        <source>%1: truncated gzip data</source>
        <translation>%1 : données gzip tronquées</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>empty file: a header line &quot;Timestamp,&lt;sensor ids&gt;&quot; is expected</source>
        <translation>fichier vide : une ligne d&apos;en-tête « Timestamp,&lt;identifiants des capteurs&gt; » est attendue</translation>
    </message>
    <message>
        <source>the header has no sensor column after the timestamp</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne de capteur après l&apos;horodatage</translation>
    </message>
    <message>
        <source>column 1 is &quot;%1&quot;, expected &quot;Timestamp&quot;</source>
        <translation>la colonne 1 est « %1 », « Timestamp » attendu</translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation>la colonne %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>column %1: sensor &quot;%2&quot; appears twice</source>
        <translation>colonne %1 : le capteur « %2 » apparaît deux fois</translation>
    </message>
    <message>
        <source>column 2 (%1): missing value (%2 columns expected)</source>
        <translation>colonne 2 (%1) : valeur manquante (%2 colonnes attendues)</translation>
    </message>
    <message>
        <source>column 1 (Timestamp): &quot;%1&quot; is not a time YYYY-MM-DD HH:MM</source>
        <translation>colonne 1 (Timestamp) : « %1 » n&apos;est pas une heure AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>column 1 (Timestamp): %1 is not after the previous row</source>
        <translation>colonne 1 (Timestamp) : %1 n&apos;est pas postérieur à la ligne précédente</translation>
    </message>
    <message>
        <source>column %1 (%2): missing value (%3 columns expected)</source>
        <translation>colonne %1 (%2) : valeur manquante (%3 colonnes attendues)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>plus de %1 colonnes</translation>
    </message>
    <message>
        <source>column %1 (%2): &quot;%3&quot; is not a number</source>
        <translation>colonne %1 (%2) : « %3 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>aucune ligne de données</translation>
    </message>
    <message>
        <source>water balance: %1 needs a value</source>
        <translation>water balance : %1 attend une valeur</translation>
    </message>
    <message>
        <source>water balance: --connections needs a number &gt;= 0, not &quot;%1&quot;</source>
        <translation>water balance : --connections attend un nombre &gt;= 0, pas « %1 »</translation>
    </message>
    <message>
        <source>water balance: unexpected argument &quot;%1&quot;</source>
        <translation>water balance : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>water balance: --network and --scada are required</source>
        <translation>water balance : --network et --scada sont obligatoires</translation>
    </message>
    <message>
        <source>%1: inflow %2 m3/day, real losses %3 m3/day, NRW %4 %, UARL %5 m3/day, ILI %6 (mains %7 km, %8 connections, %9 m)</source>
        <translation>%1 : volume mis en distribution %2 m3/jour, pertes réelles %3 m3/jour, eau non facturée (NRW) %4 %, UARL %5 m3/jour, ILI %6 (conduites %7 km, %8 branchements, pression %9 m)</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1 : impossible d&apos;écrire</translation>
    </message>
    <message>
        <source>pipe &quot;%1&quot; is not in the network</source>
        <translation>la canalisation « %1 » n&apos;est pas dans le réseau</translation>
    </message>
    <message>
        <source>water isolate: %1 needs a value</source>
        <translation>water isolate : %1 attend une valeur</translation>
    </message>
    <message>
        <source>water isolate: unknown option &quot;%1&quot;</source>
        <translation>water isolate : option inconnue « %1 »</translation>
    </message>
    <message>
        <source>water isolate: unexpected argument &quot;%1&quot;</source>
        <translation>water isolate : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>water isolate: NET.inp or TERRITORY and --pipe ID are required</source>
        <translation>water isolate : NET.inp ou TERRITOIRE et --pipe ID sont obligatoires</translation>
    </message>
    <message>
        <source>burst on %1: close %2 valve(s): %3</source>
        <translation>casse sur %1 : fermer %2 vanne(s) : %3</translation>
    </message>
    <message>
        <source>segment: %1 pipe(s); out of service: %2 pipe(s), %3 junction(s), %4 customer node(s), demand %5</source>
        <translation>tronçon isolé : %1 canalisation(s) ; hors service : %2 canalisation(s), %3 jonction(s), %4 nœud(s) de consommation, demande %5</translation>
    </message>
    <message>
        <source>warning: the segment contains a reservoir or tank: it cannot be fully isolated</source>
        <translation>avertissement : le tronçon contient un réservoir ou un château d&apos;eau : il ne peut pas être entièrement isolé</translation>
    </message>
    <message>
        <source>unknown CRS &quot;%1&quot;</source>
        <translation>SCR « %1 » inconnu</translation>
    </message>
    <message>
        <source>no coordinate transformation from %1 to %2</source>
        <translation>aucune transformation de coordonnées de %1 vers %2</translation>
    </message>
    <message>
        <source>the layer has no field &quot;%1&quot; (territory written by an older water plugin?)</source>
        <translation>la couche n&apos;a pas de champ « %1 » (territoire écrit par une ancienne version de l&apos;extension eau potable ?)</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: coordinates (%2, %3) cannot be transformed to the territory CRS</source>
        <translation>nœud « %1 » : les coordonnées (%2, %3) ne peuvent pas être transformées vers le SCR du territoire</translation>
    </message>
    <message>
        <source>link &quot;%1&quot;: a vertex cannot be transformed to the territory CRS</source>
        <translation>arc « %1 » : un sommet ne peut pas être transformé vers le SCR du territoire</translation>
    </message>
    <message>
        <source>the water plugin is not installed (searched: %1)</source>
        <translation>l&apos;extension eau potable n&apos;est pas installée (recherchée dans : %1)</translation>
    </message>
    <message>
        <source>%1: no such territory file</source>
        <translation>%1 : fichier de territoire introuvable</translation>
    </message>
    <message>
        <source>%1: the territory has no layer %2 (water plugin schema %3)</source>
        <translation>%1 : le territoire n&apos;a pas de couche %2 (schéma %3 de l&apos;extension eau potable)</translation>
    </message>
    <message>
        <source>%1 already holds %2 water features of network &quot;%3&quot;: nothing imported (use --replace to replace them)</source>
        <translation>%1 contient déjà %2 entités d&apos;eau potable du réseau « %3 » : rien n&apos;a été importé (utilisez --replace pour les remplacer)</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1 : impossible de démarrer une transaction : %2</translation>
    </message>
    <message>
        <source>%1: layer %2: cannot delete feature %3: %4</source>
        <translation>%1 : couche %2 : impossible de supprimer l&apos;entité %3 : %4</translation>
    </message>
    <message>
        <source>%1: layer %2, &quot;%3&quot;: %4</source>
        <translation>%1 : couche %2, « %3 » : %4</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>champ %1 : %2</translation>
    </message>
    <message>
        <source>%1: cannot commit: %2</source>
        <translation>%1 : impossible d&apos;enregistrer la transaction : %2</translation>
    </message>
    <message>
        <source>network &quot;%1&quot; imported into %2: %3</source>
        <translation>réseau « %1 » importé dans %2 : %3</translation>
    </message>
    <message>
        <source>%1: the territory has no water network</source>
        <translation>%1 : le territoire n&apos;a pas de réseau d&apos;eau</translation>
    </message>
    <message>
        <source>%1 holds several water networks (%2): choose one with --network-name</source>
        <translation>%1 contient plusieurs réseaux d&apos;eau (%2) : choisissez-en un avec --network-name</translation>
    </message>
    <message>
        <source>%1: no water network &quot;%2&quot;</source>
        <translation>%1 : pas de réseau d&apos;eau « %2 »</translation>
    </message>
    <message>
        <source>%1: network &quot;%2&quot;: stored [OPTIONS]: unknown flow units &quot;%3&quot;</source>
        <translation>%1 : réseau « %2 » : section [OPTIONS] enregistrée : unités de débit « %3 » inconnues</translation>
    </message>
    <message>
        <source>%1: network &quot;%2&quot;: %3</source>
        <translation>%1 : réseau « %2 » : %3</translation>
    </message>
    <message>
        <source>%1: layer %2: a feature has no node_id</source>
        <translation>%1 : couche %2 : une entité n&apos;a pas de node_id</translation>
    </message>
    <message>
        <source>the node id is used twice</source>
        <translation>l&apos;identifiant de nœud est utilisé deux fois</translation>
    </message>
    <message>
        <source>not a point</source>
        <translation>ce n&apos;est pas un point</translation>
    </message>
    <message>
        <source>cannot be transformed to %1</source>
        <translation>transformation impossible vers %1</translation>
    </message>
    <message>
        <source>%1: layer %2: a feature has no %3</source>
        <translation>%1 : couche %2 : une entité n&apos;a pas de %3</translation>
    </message>
    <message>
        <source>the link id is used twice</source>
        <translation>l&apos;identifiant d&apos;arc est utilisé deux fois</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>no junction, reservoir or tank &quot;%1&quot; in network &quot;%2&quot;</source>
        <translation>aucune jonction, aucun réservoir ni château d&apos;eau « %1 » dans le réseau « %2 »</translation>
    </message>
    <message>
        <source>not a line</source>
        <translation>ce n&apos;est pas une ligne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not open, closed or check valve</source>
        <translation>« %1 » n&apos;est pas open, closed ou check valve (ouverte, fermée ou clapet anti-retour)</translation>
    </message>
    <message>
        <source>a pump needs a head curve or a power</source>
        <translation>une pompe nécessite une courbe caractéristique ou une puissance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PRV, PSV, PBV, FCV, TCV or GPV</source>
        <translation>« %1 » n&apos;est pas PRV, PSV, PBV, FCV, TCV ou GPV</translation>
    </message>
    <message>
        <source>usage: vigie-cli water import TERRITORY NET.inp [--network-name NAME] [--crs EPSG:x]
                              [--transform DX,DY[,SCALE[,ROTATION]]] [--replace] [--benchmark]
</source>
        <translation>utilisation : vigie-cli water import TERRITOIRE NET.inp [--network-name NOM] [--crs EPSG:x]
                                     [--transform DX,DY[,ÉCHELLE[,ROTATION]]] [--replace] [--benchmark]
</translation>
    </message>
    <message>
        <source>usage: vigie-cli water export TERRITORY --out NET.inp [--network-name NAME]
</source>
        <translation>utilisation : vigie-cli water export TERRITOIRE --out NET.inp [--network-name NOM]
</translation>
    </message>
    <message>
        <source>water %1: %2 needs a value</source>
        <translation>water %1 : %2 attend une valeur</translation>
    </message>
    <message>
        <source>water %1: unknown option &quot;%2&quot;</source>
        <translation>water %1 : option inconnue « %2 »</translation>
    </message>
    <message>
        <source>water import: TERRITORY and NET.inp are required</source>
        <translation>water import : TERRITOIRE et NET.inp sont requis</translation>
    </message>
    <message>
        <source>water export: TERRITORY and --out NET.inp are required</source>
        <translation>water export : TERRITOIRE et --out NET.inp sont requis</translation>
    </message>
    <message>
        <source>%1 junctions, %2 reservoirs, %3 tanks, %4 pipes, %5 pumps, %6 valves written to %7</source>
        <translation>%1 jonctions, %2 réservoirs, %3 châteaux d&apos;eau, %4 canalisations, %5 pompes, %6 vannes écrits dans %7</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--network, --scada and --out are required</source>
        <translation>--network, --scada et --out sont requis</translation>
    </message>
    <message>
        <source>--train-leaks needs --train DIR</source>
        <translation>--train-leaks nécessite --train DOSSIER</translation>
    </message>
    <message>
        <source>--window needs START-END hours, e.g. 0-24 or 1-5</source>
        <translation>--window attend des heures DÉBUT-FIN, par ex. 0-24 ou 1-5</translation>
    </message>
    <message>
        <source>%1 needs a positive number, not &quot;%2&quot;</source>
        <translation>%1 attend un nombre positif, pas « %2 »</translation>
    </message>
    <message>
        <source>%1 leaks detected from %2 to %3 (%4 rows) in %5 ms (reading the SCADA files: %6 ms); report in %7</source>
        <translation>%1 fuites détectées du %2 au %3 (%4 lignes) en %5 ms (lecture des fichiers SCADA : %6 ms) ; rapport dans %7</translation>
    </message>
    <message>
        <source>--leaks, --truth and --network are required</source>
        <translation>--leaks, --truth et --network sont requis</translation>
    </message>
    <message>
        <source>%1: no leak in the truth file</source>
        <translation>%1 : aucune fuite dans le fichier de vérité terrain</translation>
    </message>
    <message>
        <source>--year needs a year, not &quot;%1&quot;</source>
        <translation>--year attend une année, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 needs a time YYYY-MM-DD HH:MM, not &quot;%2&quot;</source>
        <translation>%1 attend une date AAAA-MM-JJ HH:MM, pas « %2 »</translation>
    </message>
    <message>
        <source>score %1 EUR of a perfect %2 EUR (%3 %); true positives %4 of %5, false positives %6, repeats %7, missed %8</source>
        <translation>score %1 EUR sur %2 EUR pour une détection parfaite (%3 %) ; vrais positifs %4 sur %5, faux positifs %6, détections répétées %7, fuites manquées %8</translation>
    </message>
    <message>
        <source>found as %1 at %2, %3 m away, delay %4 h, %5 EUR</source>
        <translation>détectée comme %1 le %2, à %3 m, délai %4 h, %5 EUR</translation>
    </message>
    <message>
        <source>missed (%1 m3 lost)</source>
        <translation>manquée (%1 m3 perdus)</translation>
    </message>
    <message>
        <source>false alarm: %1 at %2</source>
        <translation>fausse alarme : %1 le %2</translation>
    </message>
    <message>
        <source>water: unknown command &quot;%1&quot;</source>
        <translation>water : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1: pressure sensor &quot;%2&quot; is not a node of the network</source>
        <translation>%1 : le capteur de pression « %2 » n&apos;est pas un nœud du réseau</translation>
    </message>
    <message>
        <source>%1: flow sensor &quot;%2&quot; is not a link of the network</source>
        <translation>%1 : le capteur de débit « %2 » n&apos;est pas un arc du réseau</translation>
    </message>
    <message>
        <source>%1: level sensor &quot;%2&quot; is not a tank of the network</source>
        <translation>%1 : le capteur de niveau « %2 » n&apos;est pas un château d&apos;eau du réseau</translation>
    </message>
    <message>
        <source>%1: no pressure sensor</source>
        <translation>%1 : aucun capteur de pression</translation>
    </message>
    <message>
        <source>sensitivity matrix: the network does not solve: %1</source>
        <translation>matrice de sensibilité : la résolution du réseau échoue : %1</translation>
    </message>
    <message>
        <source>sensitivity matrix: leak at %1 does not solve: %2</source>
        <translation>matrice de sensibilité : la résolution avec une fuite en %1 échoue : %2</translation>
    </message>
    <message>
        <source>truth: pipe &quot;%1&quot; is not in the network</source>
        <translation>vérité terrain : la canalisation « %1 » n&apos;est pas dans le réseau</translation>
    </message>
    <message>
        <source>%1: not a folder of SCADA files</source>
        <translation>%1 : ce n&apos;est pas un dossier de fichiers SCADA</translation>
    </message>
    <message>
        <source>%1: no %2 file (expected %2.csv, %2.csv.gz or YYYY_SCADA_%2.csv)</source>
        <translation>%1 : pas de fichier %2 (attendu : %2.csv, %2.csv.gz ou AAAA_SCADA_%2.csv)</translation>
    </message>
    <message>
        <source>%1:%2: column 1 (Timestamp): the rows do not match those of %3 (%4 rows here, %5 there)</source>
        <translation>%1:%2 : colonne 1 (Timestamp) : les lignes ne correspondent pas à celles de %3 (%4 lignes ici, %5 là-bas)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1: layer %2, &quot;%3&quot;, field %4: %5</source>
        <translation>%1 : couche %2, « %3 », champ %4 : %5</translation>
    </message>
    <message>
        <source>--transform needs DX,DY[,SCALE[,ROTATION]] with a positive scale, not &quot;%1&quot;</source>
        <translation>--transform attend DX,DY[,ÉCHELLE[,ROTATION]] avec une échelle positive, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>water balance: the period is empty (%1 to %2)</source>
        <translation>water balance : la période est vide (du %1 au %2)</translation>
    </message>
    <message>
        <source>%1: no observations stored in this territory</source>
        <translation>%1 : aucune mesure enregistrée dans ce territoire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no flow meter observations bound to the water network</source>
        <translation>%1 : aucune mesure de débitmètre associée au réseau d&apos;eau</translation>
    </message>
    <message>
        <source>%1: no flow meter observation from %2 to %3</source>
        <translation>%1 : aucune mesure de débitmètre du %2 au %3</translation>
    </message>
    <message>
        <source>%1 (stored observations)</source>
        <translation>%1 (mesures enregistrées)</translation>
    </message>
    <message>
        <source>%1: fewer than 3 time steps with every water sensor from %2 to %3</source>
        <translation>%1 : moins de 3 pas de temps avec une mesure de chaque capteur d&apos;eau du %2 au %3</translation>
    </message>
    <message>
        <source>water balance: unexpected argument &quot;%1&quot; (with --territory: --from DATE, --to DATE, --json FILE)</source>
        <translation>water balance : argument inattendu « %1 » (avec --territory : --from DATE, --to DATE, --json FICHIER)</translation>
    </message>
    <message>
        <source>water balance: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>water balance : « %1 » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1: stored observations from %2 to %3 UTC (%4 time steps, %5 sensors)</source>
        <translation>%1 : mesures enregistrées du %2 au %3 UTC (%4 pas de temps, %5 capteurs)</translation>
    </message>
    <message>
        <source>%1: inflow %2 m3/day, night flow %3 m3/h, real losses %4 m3/day, NRW %5 %, ILI %6</source>
        <translation>%1 : volume mis en distribution %2 m3/jour, débit de nuit %3 m3/h, pertes réelles %4 m3/jour, eau non facturée (NRW) %5 %, ILI %6</translation>
    </message>
    <message>
        <source>%1: inflow %2 m3/day, night flow %3 m3/h; losses, NRW and ILI need customer meter readings</source>
        <translation>%1 : volume mis en distribution %2 m3/jour, débit de nuit %3 m3/h ; les pertes, l&apos;eau non facturée (NRW) et l&apos;ILI nécessitent les relevés des compteurs d&apos;abonnés</translation>
    </message>
    <message>
        <source>No customer meter readings (AMR) among the stored observations: the authorised consumption is unknown, so losses, non-revenue water and ILI are not computed.</source>
        <translation>Aucun relevé de compteur d&apos;abonné (AMR) parmi les mesures enregistrées : la consommation autorisée est inconnue, les pertes, l&apos;eau non facturée et l&apos;ILI ne sont donc pas calculés.</translation>
    </message>
    <message>
        <source>Areas with customer meter readings (%1): inflow %2 m3/day, real losses %3 m3/day, NRW %4 %, ILI %5; the other areas have none, so the whole network&apos;s losses are not computed.</source>
        <translation>Secteurs disposant de relevés de compteurs d&apos;abonnés (%1) : volume mis en distribution %2 m3/jour, pertes réelles %3 m3/jour, eau non facturée (NRW) %4 %, ILI %5 ; les autres secteurs n&apos;en ont pas, les pertes de l&apos;ensemble du réseau ne sont donc pas calculées.</translation>
    </message>
    <message>
        <source>--localiser needs least-squares or cosine, not &quot;%1&quot;</source>
        <translation>--localiser attend least-squares ou cosine, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: no flow meter among the water sensors: the leak detection needs the metered inflows</source>
        <translation>%1 : aucun débitmètre parmi les capteurs du réseau d&apos;eau : la détection des fuites a besoin des débits d&apos;entrée mesurés</translation>
    </message>
    <message>
        <source>%1: the training record has no column &quot;%2&quot; (a live sensor)</source>
        <translation>%1 : les données d&apos;apprentissage n&apos;ont pas de colonne « %2 » (un capteur des données en temps réel)</translation>
    </message>
    <message>
        <source>sensors that appeared after the monitor started are not used: %1</source>
        <translation>les capteurs apparus après le démarrage de la surveillance ne sont pas utilisés : %1</translation>
    </message>
    <message>
        <source>no value of %1 from %2 to %3: %4 time steps left out</source>
        <translation>aucune valeur de %1 du %2 au %3 : %4 pas de temps écartés</translation>
    </message>
    <message>
        <source>%1 time steps not after the last one analysed (%2): left out</source>
        <translation>%1 pas de temps non postérieurs au dernier analysé (%2) : écartés</translation>
    </message>
    <message>
        <source>%1 time steps with a value that is not a number, from %2: left out</source>
        <translation>%1 pas de temps avec une valeur non numérique, à partir du %2 : écartés</translation>
    </message>
    <message>
        <source>sensors without any value from %1 to %2: %3</source>
        <translation>capteurs sans aucune valeur du %1 au %2 : %3</translation>
    </message>
    <message>
        <source>%1 time steps without a value of every sensor: left out</source>
        <translation>%1 pas de temps où manque la valeur d&apos;au moins un capteur : écartés</translation>
    </message>
    <message>
        <source>Leak detection</source>
        <translation>Détection des fuites</translation>
    </message>
    <message>
        <source>already running when the data begin (%1)</source>
        <translation>déjà en cours au début des données (%1)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Leak of %1 m³/h in area %2, %3; candidate pipes: %4</source>
        <translation>Fuite de %1 m³/h dans le secteur %2, %3 ; canalisations suspectes : %4</translation>
    </message>
    <message>
        <source>       vigie-cli water watch TERRITORY [--network NET.inp] [--from TIME] [--to TIME] [--step MINUTES]
                             [--train DIR [--train-leaks leaks.csv]] [--warm-up DAYS] [--no-alarms] [--json FILE]
</source>
        <translation>       vigie-cli water watch TERRITOIRE [--network NET.inp] [--from DATE] [--to DATE] [--step MINUTES]
                             [--train DOSSIER [--train-leaks leaks.csv]] [--warm-up JOURS] [--no-alarms] [--json FICHIER]
</translation>
    </message>
    <message>
        <source>the territory is required</source>
        <translation>le territoire est obligatoire</translation>
    </message>
    <message>
        <source>--from and --to need a time such as &quot;2018-01-22 00:00&quot;</source>
        <translation>--from et --to attendent une date telle que « 2018-01-22 00:00 »</translation>
    </message>
    <message>
        <source>--step needs a number of minutes from 5 to 1440, not &quot;%1&quot;</source>
        <translation>--step attend un nombre de minutes de 5 à 1440, et non « %1 »</translation>
    </message>
    <message>
        <source>--warm-up needs a number of days from 3 to 365, not &quot;%1&quot;</source>
        <translation>--warm-up attend un nombre de jours de 3 à 365, et non « %1 »</translation>
    </message>
    <message>
        <source>%1: no such territory</source>
        <translation>%1 : territoire introuvable</translation>
    </message>
    <message>
        <source>%1: no water sensor observation stored</source>
        <translation>%1 : aucune observation de capteur du réseau d&apos;eau enregistrée</translation>
    </message>
    <message>
        <source>the period is empty (%1 to %2)</source>
        <translation>la période est vide (du %1 au %2)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>%1: leak on %2 (area %3, %4 m³/h, since %5); candidates %6%7</source>
        <translation>%1 : fuite sur %2 (secteur %3, %4 m³/h, depuis le %5) ; candidates : %6%7</translation>
    </message>
    <message>
        <source>; alarm %1 raised</source>
        <translation> ; alarme %1 déclenchée</translation>
    </message>
    <message>
        <source>%1 updates of %2 min from %3 to %4: %5 leaks reported, %6 alarms raised; %7 days analysed; per update %8 ms mean, %9 ms max (set-up %10 ms)</source>
        <translation>%1 mises à jour de %2 min du %3 au %4 : %5 fuites signalées, %6 alarmes déclenchées ; %7 jours analysés ; par mise à jour %8 ms en moyenne, %9 ms au maximum (initialisation %10 ms)</translation>
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
        <translation>       vigie-cli water detect --network NET.inp --scada DOSSIER [--train DOSSIER [--train-leaks leaks.csv]]
                              --out leaks.csv [--json report.json] [--window 0-24] [--threshold 6] [--min-leak 1.5]
                              [--localiser least-squares|cosine] [--report-delay JOURS] [--defer-days JOURS]
       vigie-cli water score --leaks detected.csv --truth truth.csv --network NET.inp [--leakages Leakages.csv]
                             [--year AAAA | --from DATE --to DATE] [--json score.json]
       vigie-cli water balance --network NET.inp --scada DOSSIER [--train DOSSIER [--train-leaks leaks.csv]]
                               [--connections N] [--json balance.json]
       vigie-cli water isolate NET.inp|TERRITOIRE --pipe ID [--valves-on-pipes] [--json FICHIER] [--out FICHIER.geojson]
       vigie-cli water import TERRITOIRE NET.inp [--network-name NOM] [--crs EPSG:x]
                              [--transform DX,DY[,ÉCHELLE[,ROTATION]]] [--replace] [--benchmark]
       vigie-cli water export TERRITOIRE --out NET.inp [--network-name NOM]
</translation>
    </message>
    <message>
        <source>%1 needs a number of days from 0 to %2, not &quot;%3&quot;</source>
        <translation>%1 attend un nombre de jours de 0 à %2, pas « %3 »</translation>
    </message>
</context>
<context>
    <name>vigie::lighting</name>
    <message>
        <source>motorised only</source>
        <translation>motorisé uniquement</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
    <message>
        <source>mixed, many pedestrians and cyclists</source>
        <translation>mixte, nombreux piétons et cyclistes</translation>
    </message>
    <message>
        <source>pedestrians only</source>
        <translation>piétons uniquement</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>expressway</source>
        <translation>voie rapide</translation>
    </message>
    <message>
        <source>distributor road</source>
        <translation>voie de distribution</translation>
    </message>
    <message>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>roundabout or junction</source>
        <translation>giratoire ou carrefour</translation>
    </message>
    <message>
        <source>residential access road</source>
        <translation>voie de desserte résidentielle</translation>
    </message>
    <message>
        <source>pedestrian area</source>
        <translation>zone piétonne</translation>
    </message>
    <message>
        <source>speed %1 km/h</source>
        <translation>vitesse %1 km/h</translation>
    </message>
    <message>
        <source>use %1 veh/h</source>
        <translation>fréquentation %1 véh/h</translation>
    </message>
    <message>
        <source>traffic %1 veh/h</source>
        <translation>trafic %1 véh/h</translation>
    </message>
    <message>
        <source>composition</source>
        <translation>composition du trafic</translation>
    </message>
    <message>
        <source>carriageways</source>
        <translation>chaussées</translation>
    </message>
    <message>
        <source>separated</source>
        <translation>séparées</translation>
    </message>
    <message>
        <source>not separated</source>
        <translation>non séparées</translation>
    </message>
    <message>
        <source>junctions</source>
        <translation>carrefours</translation>
    </message>
    <message>
        <source>many</source>
        <translation>nombreux</translation>
    </message>
    <message>
        <source>parked vehicles</source>
        <translation>stationnement</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>ambient luminosity</source>
        <translation>niveau de luminosité ambiante</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>navigation</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>difficile</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>très difficile</translation>
    </message>
    <message>
        <source>%1: 6 − ΣV = 6 − %2 = %3 (%4)</source>
        <translation>%1 : 6 − ΣV = 6 − %2 = %3 (%4)</translation>
    </message>
    <message>
        <source>%1: no such territory file</source>
        <translation>%1 : fichier de territoire introuvable</translation>
    </message>
    <message>
        <source>%1: cannot open as a territory GeoPackage: %2</source>
        <translation>%1 : impossible de l&apos;ouvrir comme GeoPackage de territoire : %2</translation>
    </message>
    <message>
        <source>%1: the territory has no lighting_luminaires layer (is the lighting plugin enabled?)</source>
        <translation>%1 : le territoire n&apos;a pas de couche lighting_luminaires (l&apos;extension Éclairage public est-elle activée ?)</translation>
    </message>
    <message>
        <source>territory_streets feature %1 (street %2): field lighting_class: unknown EN 13201 class &quot;%3&quot; (expected M1-M6, C0-C5 or P1-P6)</source>
        <translation>territory_streets, entité %1 (voie %2) : champ lighting_class : classe EN 13201 « %3 » inconnue (attendu : M1-M6, C0-C5 ou P1-P6)</translation>
    </message>
    <message>
        <source>%1: layer lighting_luminaires has no field technology</source>
        <translation>%1 : la couche lighting_luminaires n&apos;a pas de champ technology</translation>
    </message>
    <message>
        <source>%1: layer lighting_luminaires has no field power_w</source>
        <translation>%1 : la couche lighting_luminaires n&apos;a pas de champ power_w</translation>
    </message>
    <message>
        <source>lighting_luminaires feature %1 (luminaire %2)</source>
        <translation>lighting_luminaires, entité %1 (luminaire %2)</translation>
    </message>
    <message>
        <source>%1: no point geometry</source>
        <translation>%1 : pas de géométrie ponctuelle</translation>
    </message>
    <message>
        <source>%1: field technology: missing lamp technology</source>
        <translation>%1 : champ technology : technologie de la lampe manquante</translation>
    </message>
    <message>
        <source>%1: field technology: unknown technology &quot;%2&quot; (expected HPS, MH, mercury, fluorescent or LED)</source>
        <translation>%1 : champ technology : technologie « %2 » inconnue (attendu : HPS, MH, mercury, fluorescent ou LED)</translation>
    </message>
    <message>
        <source>%1: field power_w: missing lamp power</source>
        <translation>%1 : champ power_w : puissance de la lampe manquante</translation>
    </message>
    <message>
        <source>%1: field power_w: lamp power must be positive, not %2 W</source>
        <translation>%1 : champ power_w : la puissance de la lampe doit être positive, pas %2 W</translation>
    </message>
    <message>
        <source>%1: field driver_loss_w: negative loss %2 W</source>
        <translation>%1 : champ driver_loss_w : pertes négatives (%2 W)</translation>
    </message>
    <message>
        <source>%1: field control: unknown control &quot;%2&quot; (expected none, DALI or 1-10V)</source>
        <translation>%1 : champ control : protocole de commande « %2 » inconnu (attendu : none, DALI ou 1-10V)</translation>
    </message>
    <message>
        <source>%1: the lighting inventory has errors, nothing was computed:</source>
        <translation>%1 : l&apos;inventaire de l&apos;éclairage public contient des erreurs, rien n&apos;a été calculé :</translation>
    </message>
    <message>
        <source>(first %1 errors only)</source>
        <translation>(seules les %1 premières erreurs sont affichées)</translation>
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
        <translation>Utilisation :
  vigie-cli lighting optimise TERRITOIRE [--budget EUR_PAR_AN] [--years N]
                              [--switch-off HH:MM-HH:MM] [--unit cabinet|luminaire]
                              [--compliance FICHIER.csv] [--json]
  vigie-cli lighting classes TERRITOIRE [--json]
  vigie-cli lighting maintenance TERRITOIRE [--telemetry FICHIER.csv] [--json]

optimise : gradation adaptative par voie et par plage horaire (classe EN 13201 permise par le
  trafic de la plage, PL) et plan de rénovation LED sous budget annuel (PLNE, VAN des
  économies avec les aides CEE) ; énergie, coût et CO2 avant et après, conformité.
  --budget      investissement brut par an en euros (par défaut 1000000 ; 0 : pas de rénovation)
  --years       durée du plan en années (par défaut 6, un mandat municipal)
  --switch-off  plage d&apos;extinction des voies piétonnes et résidentielles (classes P)
  --unit        rénover des armoires entières (par défaut) ou des luminaires isolés
  --compliance  écrire le tableau de conformité (voie x plage) dans un fichier CSV
classes : la classe EN 13201 de chaque voie éclairée, avec la justification du choix.
maintenance : lampes en panne, lampes allumées de jour, lampes en dérive et remplacement groupé
  des lampes, à partir de la table feeds_observations du territoire ou d&apos;un fichier CSV de télémesure.

Codes de sortie : 0 succès, 1 échec de l&apos;optimisation (par ex. budget irréalisable), 2 erreur d&apos;utilisation,
3 territoire illisible ou inventaire invalide.
</translation>
    </message>
    <message>
        <source>lighting %1: unknown option &quot;%2&quot;</source>
        <translation>lighting %1 : option inconnue « %2 »</translation>
    </message>
    <message>
        <source>lighting %1: %2 needs a value</source>
        <translation>lighting %1 : %2 attend une valeur</translation>
    </message>
    <message>
        <source>lighting optimise: --budget needs an amount of euros per year &gt;= 0, not &quot;%1&quot;</source>
        <translation>lighting optimise : --budget attend un montant en euros par an &gt;= 0, pas « %1 »</translation>
    </message>
    <message>
        <source>lighting optimise: --years needs a number of years from 1 to 50, not &quot;%1&quot;</source>
        <translation>lighting optimise : --years attend un nombre d&apos;années de 1 à 50, pas « %1 »</translation>
    </message>
    <message>
        <source>lighting optimise: --switch-off needs a window HH:MM-HH:MM such as 01:00-05:00, not &quot;%1&quot;</source>
        <translation>lighting optimise : --switch-off attend une plage HH:MM-HH:MM, par ex. 01:00-05:00, pas « %1 »</translation>
    </message>
    <message>
        <source>lighting optimise: --unit is cabinet or luminaire, not &quot;%1&quot;</source>
        <translation>lighting optimise : --unit vaut cabinet ou luminaire, pas « %1 »</translation>
    </message>
    <message>
        <source>lighting %1: one territory only (&quot;%2&quot; is extra)</source>
        <translation>lighting %1 : un seul territoire (« %2 » est en trop)</translation>
    </message>
    <message>
        <source>lighting %1: the territory file is missing</source>
        <translation>lighting %1 : le fichier de territoire est manquant</translation>
    </message>
    <message>
        <source>lighting optimise: %1</source>
        <translation>lighting optimise : %1</translation>
    </message>
    <message>
        <source>lighting optimise: cannot write %1: %2</source>
        <translation>lighting optimise : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Territory %1: %2 luminaires, %3 lit streets (%4 luminaires linked by street id, %5 by distance, %6 unlinked)</source>
        <translation>Territoire %1 : %2 luminaires, %3 voies éclairées (%4 luminaires rattachés par identifiant de voie, %5 par distance, %6 non rattachés)</translation>
    </message>
    <message>
        <source>Lit hours per year: %1 (sunset to sunrise, %2 bands)</source>
        <translation>Heures d&apos;éclairage par an : %1 (du coucher au lever du soleil, %2 plages horaires)</translation>
    </message>
    <message>
        <source>                    kWh/year      EUR/year   t CO2/year</source>
        <translation>                      kWh/an        EUR/an     t CO2/an</translation>
    </message>
    <message>
        <source>today, full power</source>
        <translation>aujourd&apos;hui, 100 %</translation>
    </message>
    <message>
        <source>dimming only</source>
        <translation>gradation seule</translation>
    </message>
    <message>
        <source>after the plan</source>
        <translation>après le plan</translation>
    </message>
    <message>
        <source>Energy saved: %1 %; compliance: %2 % of %3 street-band cells</source>
        <translation>Énergie économisée : %1 % ; conformité : %2 % de %3 cases voie-plage</translation>
    </message>
    <message>
        <source>Retrofit plan: investment %1 EUR, CEE %2 EUR, payback %3 years, NPV %4 EUR, gap to the LP bound %5 %</source>
        <translation>Plan de rénovation : investissement %1 EUR, CEE %2 EUR, temps de retour %3 ans, VAN %4 EUR, écart à la borne PL %5 %</translation>
    </message>
    <message>
        <source>Time: %1 s (loading %2 s)</source>
        <translation>Durée : %1 s (chargement %2 s)</translation>
    </message>
    <message>
        <source>%1 telemetry samples of %2 luminaires (%3 unknown lamp ids)</source>
        <translation>%1 échantillons de télémesure de %2 luminaires (%3 identifiants de lampe inconnus)</translation>
    </message>
    <message>
        <source>No telemetry: connect the luminaire controllers (feeds) or pass --telemetry FILE.csv.</source>
        <translation>Aucune télémesure : connectez les contrôleurs des luminaires (flux) ou indiquez --telemetry FICHIER.csv.</translation>
    </message>
    <message>
        <source>group re-lamping %1: %2</source>
        <translation>remplacement groupé des lampes, armoire %1 : %2</translation>
    </message>
    <message>
        <source>street lighting: EN 13201 classes, dimming and LED retrofit optimisation, maintenance</source>
        <translation>éclairage public : classes EN 13201, optimisation de la gradation et de la rénovation LED, maintenance</translation>
    </message>
    <message>
        <source>lighting: unknown subcommand &quot;%1&quot;</source>
        <translation>lighting : sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>burning by day</source>
        <translation>allumé de jour</translation>
    </message>
    <message>
        <source>drifting</source>
        <translation>en dérive</translation>
    </message>
    <message>
        <source>end of life</source>
        <translation>fin de vie</translation>
    </message>
    <message>
        <source>the controller reports a lamp or driver failure</source>
        <translation>le contrôleur signale une panne de lampe ou de driver</translation>
    </message>
    <message>
        <source>dark at night in the last %1 samples</source>
        <translation>éteint la nuit sur les %1 derniers échantillons</translation>
    </message>
    <message>
        <source>lit by day in %1 samples (photocell or clock fault)</source>
        <translation>allumé de jour sur %1 échantillons (défaut de cellule photoélectrique ou d&apos;horloge)</translation>
    </message>
    <message>
        <source>power %1 % of rated, %2 % over %3 days; a %4 % deviation expected in %5 days</source>
        <translation>puissance à %1 % de la nominale, %2 % en %3 jours ; jours restants avant un écart de %4 % : %5</translation>
    </message>
    <message>
        <source>%1 burning hours, %2 % of the rated life of a %3 lamp</source>
        <translation>%1 heures de fonctionnement, %2 % de la durée de vie nominale d&apos;une lampe %3</translation>
    </message>
    <message>
        <source>%1 of %2 lamps past %3 % of their rated life (mean %4 %): re-lamp the cabinet in one visit</source>
        <translation>%1 lampes sur %2 au-delà de %3 % de leur durée de vie nominale (moyenne %4 %) : remplacer toutes les lampes de l&apos;armoire en une seule intervention</translation>
    </message>
    <message>
        <source>%1: cannot open as a territory GeoPackage</source>
        <translation>%1 : impossible de l&apos;ouvrir comme GeoPackage de territoire</translation>
    </message>
    <message>
        <source>%1: table feeds_observations lacks the columns sensor, t or value</source>
        <translation>%1 : la table feeds_observations n&apos;a pas les colonnes sensor, t ou value</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: line 1: the header must be %2</source>
        <translation>%1 : ligne 1 : l&apos;en-tête doit être %2</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1 : ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>%1 cells instead of %2</source>
        <translation>%1 cellules au lieu de %2</translation>
    </message>
    <message>
        <source>empty lamp id</source>
        <translation>identifiant de lampe vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>« %1 » n&apos;est pas un horodatage ISO 8601</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number &gt;= 0</source>
        <translation>« %1 » n&apos;est pas un nombre &gt;= 0</translation>
    </message>
    <message>
        <source>dimming LP of street %1 in band %2 not solved</source>
        <translation>PL de gradation de la voie %1 dans la plage %2 non résolu</translation>
    </message>
    <message>
        <source>%1 %2, %3 km/h, %4 veh/day (%5), busiest lit band %6: %7</source>
        <translation>%1 %2, %3 km/h, %4 véh/jour (%5), plage éclairée la plus chargée %6 : %7</translation>
    </message>
    <message>
        <source>measured count</source>
        <translation>comptage mesuré</translation>
    </message>
    <message>
        <source>default for a %1</source>
        <translation>valeur par défaut du type %1</translation>
    </message>
    <message>
        <source>%1: set by the user (field lighting_class); selection would give %2</source>
        <translation>%1 : fixée par l&apos;utilisateur (champ lighting_class) ; la sélection donnerait %2</translation>
    </message>
    <message>
        <source>the yearly budget must be a positive amount of euros, not %1</source>
        <translation>le budget annuel doit être un montant positif en euros, pas %1</translation>
    </message>
    <message>
        <source>the plan must last 1 to 50 years, not %1</source>
        <translation>le plan doit durer de 1 à 50 ans, pas %1</translation>
    </message>
    <message>
        <source>invalid retrofit parameters (LED efficacy, costs, subsidies or discount rate)</source>
        <translation>paramètres de rénovation non valides (efficacité lumineuse des LED, coûts, aides ou taux d&apos;actualisation)</translation>
    </message>
    <message>
        <source>tariffs and the CO₂ factor must not be negative</source>
        <translation>les tarifs et le facteur d&apos;émission de CO₂ ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>the inventory has no luminaire</source>
        <translation>l&apos;inventaire ne contient aucun luminaire</translation>
    </message>
    <message>
        <source>street %1</source>
        <translation>voie %1</translation>
    </message>
    <message>
        <source>infeasible budget: %1 € per year cannot convert even the cheapest %2 (%3 €, %4)</source>
        <translation>budget irréalisable : %1 € par an ne suffisent pas à rénover même l&apos;unité la moins chère (%2 %4, %3 €)</translation>
    </message>
    <message>
        <source>cabinet</source>
        <translation>armoire</translation>
    </message>
    <message>
        <source>luminaire</source>
        <translation>luminaire</translation>
    </message>
    <message>
        <source>the LP relaxation of the retrofit plan was not solved</source>
        <translation>la relaxation linéaire du plan de rénovation n&apos;a pas été résolue</translation>
    </message>
    <message>
        <source>the retrofit MILP found no plan (GLPK code %1, status %2)</source>
        <translation>le PLNE de rénovation n&apos;a trouvé aucun plan (code GLPK %1, statut %2)</translation>
    </message>
    <message>
        <source>internal error: the dimming of today&apos;s luminaires breaks the class of street %1 in band %2 (%3 &lt; %4 or uniformity %5)</source>
        <translation>erreur interne : la gradation des luminaires actuels ne respecte pas la classe de la voie %1 dans la plage %2 (%3 &lt; %4 ou uniformité %5)</translation>
    </message>
    <message>
        <source>very high</source>
        <comment>speed</comment>
        <translation>très élevée</translation>
    </message>
    <message>
        <source>high</source>
        <comment>speed</comment>
        <translation>élevée</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>speed</comment>
        <translation>modérée</translation>
    </message>
    <message>
        <source>low</source>
        <comment>speed</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>low (vehicles)</source>
        <comment>speed</comment>
        <translation>faible (véhicules)</translation>
    </message>
    <message>
        <source>walking</source>
        <comment>speed</comment>
        <translation>au pas</translation>
    </message>
    <message>
        <source>very high</source>
        <comment>traffic</comment>
        <translation>très élevé</translation>
    </message>
    <message>
        <source>high</source>
        <comment>traffic</comment>
        <translation>élevé</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>traffic</comment>
        <translation>modéré</translation>
    </message>
    <message>
        <source>low</source>
        <comment>traffic</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>very low</source>
        <comment>traffic</comment>
        <translation>très faible</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>intensity of use</comment>
        <translation>forte</translation>
    </message>
    <message>
        <source>normal</source>
        <comment>intensity of use</comment>
        <translation>normale</translation>
    </message>
    <message>
        <source>quiet</source>
        <comment>intensity of use</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>  %1: %2 units, %3 luminaires (%4 to date), %5 EUR, saves %6 kWh/year (%7 EUR/year saved to date)</source>
        <translation>  %1 : %2 unités, %3 luminaires (%4 en cumulé), %5 EUR, économie de %6 kWh/an (%7 EUR/an économisés en cumulé)</translation>
    </message>
    <message>
        <source>optimisation cancelled</source>
        <translation>optimisation annulée</translation>
    </message>
    <message>
        <source>lighting classes</source>
        <translation>classes d&apos;éclairage</translation>
    </message>
    <message>
        <source>dimming of today&apos;s luminaires</source>
        <translation>gradation des luminaires actuels</translation>
    </message>
    <message>
        <source>dimming of an all-LED inventory</source>
        <translation>gradation d&apos;un parc entièrement LED</translation>
    </message>
    <message>
        <source>retrofit plan (GLPK)</source>
        <translation>plan de rénovation (GLPK)</translation>
    </message>
    <message>
        <source>dimming after the plan</source>
        <translation>gradation après le plan</translation>
    </message>
</context>
<context>
    <name>vigie::lightingcharts</name>
    <message>
        <source>Power over the night (kW)</source>
        <translation>Puissance au cours de la nuit (kW)</translation>
    </message>
    <message>
        <source>Today, full power</source>
        <translation>Aujourd&apos;hui, pleine puissance</translation>
    </message>
    <message>
        <source>After the plan, dimmed</source>
        <translation>Après le plan, avec gradation</translation>
    </message>
    <message>
        <source>After the plan (not optimised yet)</source>
        <translation>Après le plan (pas encore optimisé)</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Savings per year (€)</source>
        <translation>Économies par an (€)</translation>
    </message>
    <message>
        <source>Adaptive dimming</source>
        <translation>Gradation adaptative</translation>
    </message>
    <message>
        <source>LED retrofit so far</source>
        <translation>Rénovation LED réalisée à ce jour</translation>
    </message>
    <message>
        <source>€ per year</source>
        <translation>€ par an</translation>
    </message>
    <message>
        <source>Investment vs cumulative savings (k€)</source>
        <translation>Investissement et économies cumulées (k€)</translation>
    </message>
    <message>
        <source>Net investment (after CEE)</source>
        <translation>Investissement net (après CEE)</translation>
    </message>
    <message>
        <source>Cumulative savings</source>
        <translation>Économies cumulées</translation>
    </message>
    <message>
        <source>k€</source>
        <translation>k€</translation>
    </message>
    <message>
        <source>%1: class and dimming level by band</source>
        <translation>%1 : classe et niveau de gradation par plage horaire</translation>
    </message>
    <message>
        <source>Select a street</source>
        <translation>Sélectionnez une voie</translation>
    </message>
    <message>
        <source>Proposed level (%)</source>
        <translation>Niveau proposé (%)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>éteint</translation>
    </message>
    <message>
        <source>band start and class required</source>
        <translation>début de plage et classe requise</translation>
    </message>
    <message>
        <source>level (%)</source>
        <translation>niveau (%)</translation>
    </message>
</context>
<context>
    <name>vigie::review</name>
    <message>
        <source>%1: %2 pages (%3 slides), written in %4 s</source>
        <translation>%1 : %2 pages (%3 diapositives), écrit en %4 s</translation>
    </message>
    <message>
        <source>%1: %2 PNG images, written in %3 s</source>
        <translation>%1 : %2 images PNG, écrites en %3 s</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Appendix — %1</source>
        <translation>Annexe — %1</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>Map not available: the territory layers are not loaded</source>
        <translation>Carte indisponible : les couches du territoire ne sont pas chargées</translation>
    </message>
    <message>
        <source>bookmark “%1” not found: whole territory shown</source>
        <translation>signet « %1 » introuvable : tout le territoire est montré</translation>
    </message>
    <message>
        <source>… %1 more rows in the appendix</source>
        <translation>… %1 lignes de plus en annexe</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Missing slide</source>
        <translation>Diapositive manquante</translation>
    </message>
    <message>
        <source>page %1 does not exist: the deck has %2 pages</source>
        <translation>la page %1 n&apos;existe pas : la présentation compte %2 pages</translation>
    </message>
    <message>
        <source>invalid image size %1x%2</source>
        <translation>taille d&apos;image %1x%2 invalide</translation>
    </message>
    <message>
        <source>page %1 could not be drawn</source>
        <translation>la page %1 n&apos;a pas pu être dessinée</translation>
    </message>
    <message>
        <source>the deck has no slide: nothing written to %1</source>
        <translation>la présentation ne contient aucune diapositive : rien n&apos;a été écrit dans %1</translation>
    </message>
    <message>
        <source>export cancelled: nothing written to %1</source>
        <translation>export annulé : rien n&apos;a été écrit dans %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot start the PDF %1</source>
        <translation>impossible de commencer l&apos;écriture du PDF %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>agenda: field &quot;name&quot; is missing or not a non-empty string</source>
        <translation>ordre du jour : champ &quot;name&quot; absent ou pas une chaîne de caractères non vide</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: field &quot;title&quot; is not a string</source>
        <translation>ordre du jour « %1 » : le champ &quot;title&quot; n&apos;est pas une chaîne de caractères</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: field &quot;items&quot; is missing or not an array</source>
        <translation>ordre du jour « %1 » : champ &quot;items&quot; absent ou pas un tableau</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: items[%2]: field &quot;slide&quot; is missing or not a string</source>
        <translation>ordre du jour « %1 » : items[%2] : champ &quot;slide&quot; absent ou pas une chaîne de caractères</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: items[%2]: field &quot;title&quot; is not a string</source>
        <translation>ordre du jour « %1 » : items[%2] : le champ &quot;title&quot; n&apos;est pas une chaîne de caractères</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: items[%2] is neither a slide id nor an object</source>
        <translation>ordre du jour « %1 » : items[%2] n&apos;est ni un identifiant de diapositive ni un objet</translation>
    </message>
    <message>
        <source>agenda &quot;%1&quot;: items[%2]: empty slide id</source>
        <translation>ordre du jour « %1 » : items[%2] : identifiant de diapositive vide</translation>
    </message>
    <message>
        <source>%1: no such territory file</source>
        <translation>%1 : fichier de territoire introuvable</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not a Vigie territory (no vigie_schema table)</source>
        <translation>%1 : ce n&apos;est pas un territoire Vigie (pas de table vigie_schema)</translation>
    </message>
    <message>
        <source>%1: SQL failed (%2): %3</source>
        <translation>%1 : échec SQL (%2) : %3</translation>
    </message>
    <message>
        <source>%1: the agendas were written by a newer Vigie (component %2 schema %3, this version supports %4)</source>
        <translation>%1 : les ordres du jour ont été écrits par une version plus récente de Vigie (composant %2, schéma %3 ; cette version gère %4)</translation>
    </message>
    <message>
        <source>%1: table review_agendas, agenda &quot;%2&quot;: invalid JSON (%3)</source>
        <translation>%1 : table review_agendas, ordre du jour « %2 » : JSON invalide (%3)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1: table review_agendas, agenda &quot;%2&quot;: %3</source>
        <translation>%1 : table review_agendas, ordre du jour « %2 » : %3</translation>
    </message>
    <message>
        <source>%1: no agenda &quot;%2&quot; (available: %3)</source>
        <translation>%1 : pas d&apos;ordre du jour « %2 » (disponibles : %3)</translation>
    </message>
    <message>
        <source>%1: agenda not saved: %2</source>
        <translation>%1 : ordre du jour non enregistré : %2</translation>
    </message>
    <message>
        <source>%1: agenda &quot;%2&quot; not saved: it has no slide</source>
        <translation>%1 : ordre du jour « %2 » non enregistré : il ne contient aucune diapositive</translation>
    </message>
    <message>
        <source>migration of %1 to schema %2 failed: %3</source>
        <translation>échec de la migration de %1 vers le schéma %2 : %3</translation>
    </message>
    <message>
        <source>%1: no saved agenda &quot;%2&quot; to remove</source>
        <translation>%1 : aucun ordre du jour « %2 » enregistré à supprimer</translation>
    </message>
    <message>
        <source>Energy saved by street lighting</source>
        <translation>Énergie économisée par l&apos;éclairage public</translation>
    </message>
    <message>
        <source>Money saved by street lighting</source>
        <translation>Économies financières de l&apos;éclairage public</translation>
    </message>
    <message>
        <source>Water losses</source>
        <translation>Pertes en eau</translation>
    </message>
    <message>
        <source>Non-revenue water</source>
        <translation>Eau non facturée</translation>
    </message>
    <message>
        <source>%1: cannot open the territory</source>
        <translation>%1 : impossible d&apos;ouvrir le territoire</translation>
    </message>
    <message>
        <source>deck build cancelled</source>
        <translation>préparation de la présentation annulée</translation>
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
        <translation>Utilisation : vigie-cli report TERRITOIRE [--agenda NOM] [--lang fr|en] [--date AAAA-MM-JJ]
                               [--json FICHIER|-] [--out DIAPORAMA.pdf] [--png DOSSIER] [--plugins DOSSIER]
La présentation d&apos;un territoire pour une séance du conseil municipal ou une réunion de commission : les diapositives
de l&apos;ordre du jour (enregistré avec le territoire, ou celui par défaut) avec leurs chiffres, chacun calculé par le même
code que la commande vigie-cli correspondante.

Options :
  --agenda NOM        ordre du jour à préparer (par défaut : council ; aussi committee-lighting, committee-water,
                      committee-feeds, committee-roadmap, committee-budget et les ordres du jour enregistrés dans le territoire)
  --lang L            langue de la présentation : fr (par défaut) ou en
  --date D            date de la séance AAAA-MM-JJ (par défaut : aujourd&apos;hui) : chiffres arrêtés à cette date
  --json FICHIER      écrit les diapositives et les chiffres de la présentation en JSON (« - » : sortie standard)
  --out FICHIER.pdf   écrit la présentation en PDF (nécessite la version compilée avec QGIS)
  --png DOSSIER       écrit une image PNG par diapositive dans DOSSIER (nécessite la version compilée avec QGIS)
  --plugins DOSSIER   charge aussi les extensions métier de DOSSIER
  -h, --help          affiche cette aide

Codes de sortie : 0 terminé, 1 échec, 2 erreur d&apos;utilisation (ordre du jour inconnu), 3 territoire illisible.
</translation>
    </message>
    <message>
        <source>report: %1 needs a value</source>
        <translation>report : %1 attend une valeur</translation>
    </message>
    <message>
        <source>report: --lang: %1</source>
        <translation>report : --lang : %1</translation>
    </message>
    <message>
        <source>report: --date needs a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>report : --date attend une date AAAA-MM-JJ, pas « %1 »</translation>
    </message>
    <message>
        <source>report: --plugins: folder %1 does not exist</source>
        <translation>report : --plugins : le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>report: unknown option &quot;%1&quot;</source>
        <translation>report : option inconnue « %1 »</translation>
    </message>
    <message>
        <source>report: missing TERRITORY</source>
        <translation>report : TERRITOIRE manquant</translation>
    </message>
    <message>
        <source>report: unexpected argument &quot;%1&quot;</source>
        <translation>report : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>report: nothing to write: give --json FILE|-, --out DECK.pdf or --png DIR</source>
        <translation>report : rien à écrire : indiquez --json FICHIER|-, --out DIAPORAMA.pdf ou --png DOSSIER</translation>
    </message>
    <message>
        <source>report: --json must not be the territory</source>
        <translation>report : --json ne doit pas désigner le fichier du territoire</translation>
    </message>
    <message>
        <source>report: %1: no such territory file</source>
        <translation>report : %1 : fichier de territoire introuvable</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report : %1</translation>
    </message>
    <message>
        <source>the deck has no slide</source>
        <translation>la présentation ne contient aucune diapositive</translation>
    </message>
    <message>
        <source>report: cannot write %1: %2</source>
        <translation>report : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Review deck of a territory for a council or committee meeting: figures as JSON, PDF, PNG.</source>
        <translation>Présentation d&apos;un territoire pour le conseil municipal ou une commission : chiffres en JSON, PDF, PNG.</translation>
    </message>
    <message>
        <source>report: --out and --png need the build with QGIS (this vigie-cli cannot draw maps); --json works</source>
        <translation>report : --out et --png nécessitent la version compilée avec QGIS (ce vigie-cli ne sait pas dessiner de cartes) ; --json fonctionne</translation>
    </message>
    <message>
        <source>report: missing: %1</source>
        <translation>report : diapositive manquante : %1</translation>
    </message>
    <message>
        <source>Deck &quot;%1&quot; of %2: %3 slides, %4 missing</source>
        <translation>Présentation « %1 » du territoire %2 : %3 diapositives, %4 manquantes</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>valeur non finie</translation>
    </message>
    <message>
        <source>the « %1 » plugin is not installed</source>
        <translation>l&apos;extension « %1 » n&apos;est pas installée</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Alarmes ouvertes</translation>
    </message>
    <message>
        <source>Live feeds</source>
        <translation>Flux en temps réel</translation>
    </message>
    <message>
        <source>Critical alarms</source>
        <translation>Alarmes critiques</translation>
    </message>
    <message>
        <source>Warning alarms</source>
        <translation>Alarmes d&apos;avertissement</translation>
    </message>
    <message>
        <source>Information alarms</source>
        <translation>Alarmes d&apos;information</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Capteurs</translation>
    </message>
    <message>
        <source>Sensors bound to an asset</source>
        <translation>Capteurs rattachés à un équipement</translation>
    </message>
    <message>
        <source>Observations stored</source>
        <translation>Mesures enregistrées</translation>
    </message>
    <message>
        <source>Last observation</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>no live feed in this territory yet (no sensors, no observations)</source>
        <translation>aucun flux en temps réel dans ce territoire pour l&apos;instant (ni capteur ni mesure)</translation>
    </message>
    <message>
        <source>the live feeds cannot be read: %1</source>
        <translation>les flux en temps réel sont illisibles : %1</translation>
    </message>
    <message>
        <source>Newest open alarms</source>
        <translation>Dernières alarmes ouvertes</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Open alarms are raised or acknowledged and not yet cleared, as vigie-cli alarms list prints them.</source>
        <translation>Les alarmes ouvertes sont les alarmes levées ou acquittées et pas encore effacées, comme les affiche vigie-cli alarms list.</translation>
    </message>
    <message>
        <source>no observation received yet</source>
        <translation>aucune mesure reçue pour l&apos;instant</translation>
    </message>
    <message>
        <source>Roadmap: progress against budget</source>
        <translation>Feuille de route : avancement et budget</translation>
    </message>
    <message>
        <source>Projects done</source>
        <translation>Projets terminés</translation>
    </message>
    <message>
        <source>Projects in progress</source>
        <translation>Projets en cours</translation>
    </message>
    <message>
        <source>Projects late</source>
        <translation>Projets en retard</translation>
    </message>
    <message>
        <source>Budget of the year committed</source>
        <translation>Budget de l&apos;année engagé</translation>
    </message>
    <message>
        <source>the roadmap cannot be read: %1</source>
        <translation>la feuille de route est illisible : %1</translation>
    </message>
    <message>
        <source>no roadmap in this territory</source>
        <translation>aucune feuille de route dans ce territoire</translation>
    </message>
    <message>
        <source>Projects (not cancelled)</source>
        <translation>Projets (hors annulés)</translation>
    </message>
    <message>
        <source>Capital spending per year against the cap (€)</source>
        <translation>Investissements par an face au plafond (€)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Committed this year</source>
        <translation>Engagé cette année</translation>
    </message>
    <message>
        <source>Planned this year</source>
        <translation>Prévu cette année</translation>
    </message>
    <message>
        <source>Cap this year</source>
        <translation>Plafond de l&apos;année</translation>
    </message>
    <message>
        <source>no budget cap set for %1</source>
        <translation>aucun plafond budgétaire fixé pour %1</translation>
    </message>
    <message>
        <source>no spending and no cap in %1</source>
        <translation>ni dépense ni plafond en %1</translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Budget participatif</translation>
    </message>
    <message>
        <source>Participatory budget: projects funded</source>
        <translation>Budget participatif : projets retenus</translation>
    </message>
    <message>
        <source>no participatory budget attached to this territory</source>
        <translation>aucun budget participatif rattaché à ce territoire</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>the « %1 » plugin could not compute its slides: %2</source>
        <translation>l&apos;extension « %1 » n&apos;a pas pu calculer ses diapositives : %2</translation>
    </message>
    <message>
        <source>the « %1 » plugin gave no such figure</source>
        <translation>l&apos;extension « %1 » ne fournit pas ce chiffre</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>the « %1 » plugin contributes no slides</source>
        <translation>l&apos;extension « %1 » ne fournit aucune diapositive</translation>
    </message>
    <message>
        <source>the territory has no bookmark « %1 »</source>
        <translation>le territoire n&apos;a pas de signet « %1 »</translation>
    </message>
    <message>
        <source>unknown slide « %1 »</source>
        <translation>diapositive inconnue « %1 »</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Conseil municipal</translation>
    </message>
    <message>
        <source>Street lighting committee</source>
        <translation>Commission éclairage public</translation>
    </message>
    <message>
        <source>Water committee</source>
        <translation>Commission eau</translation>
    </message>
    <message>
        <source>Live feeds and alarms committee</source>
        <translation>Commission capteurs et alarmes</translation>
    </message>
    <message>
        <source>Roadmap committee</source>
        <translation>Commission feuille de route</translation>
    </message>
    <message>
        <source>Participatory budget committee</source>
        <translation>Commission budget participatif</translation>
    </message>
    <message>
        <source>Committee: %1</source>
        <translation>Commission : %1</translation>
    </message>
    <message>
        <source>kWh/yr</source>
        <translation>kWh/an</translation>
    </message>
    <message>
        <source>€/yr</source>
        <translation>€/an</translation>
    </message>
    <message>
        <source>t CO₂/yr</source>
        <translation>t CO₂/an</translation>
    </message>
    <message>
        <source>Street lighting: energy and money saved</source>
        <translation>Éclairage public : énergie et argent économisés</translation>
    </message>
    <message>
        <source>no luminaire in this territory</source>
        <translation>aucun luminaire dans ce territoire</translation>
    </message>
    <message>
        <source>%1 luminaires, plan of %2 years, adaptive dimming</source>
        <translation>%1 luminaires, plan sur %2 ans, gradation adaptative</translation>
    </message>
    <message>
        <source>Energy saving</source>
        <translation>Économie d&apos;énergie</translation>
    </message>
    <message>
        <source>Energy before (full power all night)</source>
        <translation>Énergie avant (pleine puissance toute la nuit)</translation>
    </message>
    <message>
        <source>Energy after the plan and dimming</source>
        <translation>Énergie après le plan et la gradation</translation>
    </message>
    <message>
        <source>CO₂ avoided</source>
        <translation>CO₂ évité</translation>
    </message>
    <message>
        <source>EN 13201 compliance (street × time band)</source>
        <translation>Conformité EN 13201 (rue × plage horaire)</translation>
    </message>
    <message>
        <source>Defaults of vigie-cli lighting optimise: budget %1 €/yr over %2 years, tariff %3 / %4 €/kWh, %5 kg CO₂/kWh.</source>
        <translation>Valeurs par défaut de vigie-cli lighting optimise : budget de %1 €/an sur %2 ans, tarif %3 / %4 €/kWh, %5 kg CO₂/kWh.</translation>
    </message>
    <message>
        <source>Street lighting: LED retrofit plan</source>
        <translation>Éclairage public : plan de passage aux LED</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Subsidies (CEE)</source>
        <translation>Aides (CEE)</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Temps de retour</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Retrofit per year: investment and yearly saving (€)</source>
        <translation>Rénovation par an : investissement et économie annuelle (€)</translation>
    </message>
    <message>
        <source>Saving per year</source>
        <translation>Économie par an</translation>
    </message>
    <message>
        <source>LED retrofit plan per year</source>
        <translation>Plan de passage aux LED par an</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Luminaires</source>
        <translation>Points lumineux</translation>
    </message>
    <message>
        <source>Investment (€)</source>
        <translation>Investissement (€)</translation>
    </message>
    <message>
        <source>Subsidies (€)</source>
        <translation>Aides (€)</translation>
    </message>
    <message>
        <source> saved</source>
        <translation> économisés</translation>
    </message>
    <message>
        <source>Street lighting: before and after</source>
        <translation>Éclairage public : avant et après</translation>
    </message>
    <message>
        <source>Before: lamp power today</source>
        <translation>Avant : puissance actuelle des lampes</translation>
    </message>
    <message>
        <source>After: power with the plan and dimming</source>
        <translation>Après : puissance avec le plan et la gradation</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Street lighting: EN 13201 classes of the streets</source>
        <translation>Éclairage public : classes EN 13201 des rues</translation>
    </message>
    <message>
        <source>Drinking water: the network</source>
        <translation>Eau potable : le réseau</translation>
    </message>
    <message>
        <source>no water network can be read from this territory: %1</source>
        <translation>aucun réseau d&apos;eau lisible dans ce territoire : %1</translation>
    </message>
    <message>
        <source>Length of pipes</source>
        <translation>Longueur de canalisations</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>Canalisations</translation>
    </message>
    <message>
        <source>Junctions</source>
        <translation>Jonctions</translation>
    </message>
    <message>
        <source>Tanks and reservoirs</source>
        <translation>Châteaux d&apos;eau et réservoirs</translation>
    </message>
    <message>
        <source>Pumps and valves</source>
        <translation>Pompes et vannes</translation>
    </message>
    <message>
        <source>Drinking water: losses and non-revenue water</source>
        <translation>Eau potable : pertes et eau non facturée</translation>
    </message>
    <message>
        <source>Infrastructure leakage index</source>
        <translation>Indice linéaire de pertes (ILI)</translation>
    </message>
    <message>
        <source>no page left to write to %1</source>
        <translation>plus aucune page à écrire dans %1</translation>
    </message>
    <message>
        <source>the export to %1 ended before its last page</source>
        <translation>l&apos;export vers %1 s&apos;est arrêté avant sa dernière page</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>the territory file %1 cannot be found</source>
        <translation>le fichier de territoire %1 est introuvable</translation>
    </message>
    <message>
        <source>unknown map style “%1”</source>
        <translation>style de carte « %1 » inconnu</translation>
    </message>
    <message>
        <source>Mean power over the night</source>
        <translation>Puissance moyenne sur la nuit</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Voies</translation>
    </message>
    <message>
        <source>EN 13201 class of the lit streets</source>
        <translation>Classe EN 13201 des voies éclairées</translation>
    </message>
    <message>
        <source>Pipe diameter</source>
        <translation>Diamètre des canalisations</translation>
    </message>
    <message>
        <source>the map has no water:pipes layer to style</source>
        <translation>la carte n&apos;a pas de couche water:pipes à symboliser</translation>
    </message>
    <message>
        <source>Water network</source>
        <translation>Réseau d&apos;eau potable</translation>
    </message>
    <message>
        <source>the participatory budget cannot be read: %1</source>
        <translation>le budget participatif est illisible : %1</translation>
    </message>
    <message>
        <source>the participatory budget cannot be counted: %1</source>
        <translation>impossible de dépouiller le budget participatif : %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Projects submitted to the vote</source>
        <translation>Projets soumis au vote</translation>
    </message>
    <message>
        <source>Budget spent</source>
        <translation>Budget utilisé</translation>
    </message>
    <message>
        <source>Budget available</source>
        <translation>Budget disponible</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Projects funded</source>
        <translation>Projets financés</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Vote %1 counted with the rule %2 (attached %3).</source>
        <translation>Vote %1 dépouillé selon la règle %2 (rattaché le %3).</translation>
    </message>
    <message>
        <source>Water put into the network</source>
        <translation>Volume mis en distribution</translation>
    </message>
    <message>
        <source>Minimum night flow</source>
        <translation>Débit minimum de nuit</translation>
    </message>
    <message>
        <source>m³/day</source>
        <translation>m³/jour</translation>
    </message>
    <message>
        <source>the territory stores no flow meter readings of its water network yet: %1</source>
        <translation>le territoire ne contient encore aucun relevé de débitmètre de son réseau d&apos;eau : %1</translation>
    </message>
    <message>
        <source>the water balance cannot be computed: %1</source>
        <translation>impossible de calculer le bilan hydraulique : %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Stored observations, %1</source>
        <translation>Mesures enregistrées, %1</translation>
    </message>
    <message>
        <source>%1, area %2</source>
        <translation>%1, secteur %2</translation>
    </message>
    <message>
        <source>%1, areas %2</source>
        <translation>%1, secteurs %2</translation>
    </message>
    <message>
        <source>Losses, non-revenue water and ILI of the metered area(s) %1, which have customer meter readings (AMR); %2 have none, so their authorised consumption and the whole network&apos;s losses are unknown.</source>
        <translation>Pertes, eau non facturée et ILI du ou des secteurs de comptage %1, qui disposent de relevés de compteurs d&apos;abonnés (AMR) ; %2 n&apos;en ont pas, leur consommation autorisée et les pertes de l&apos;ensemble du réseau sont donc inconnues.</translation>
    </message>
    <message>
        <source>no customer meter readings (AMR) among the stored observations: the authorised consumption is unknown, so losses and non-revenue water cannot be computed</source>
        <translation>aucun relevé de compteur d&apos;abonné (AMR) parmi les mesures enregistrées : la consommation autorisée est inconnue, les pertes et l&apos;eau non facturée ne peuvent donc pas être calculées</translation>
    </message>
    <message>
        <source>Water put into each metered area per day (m³)</source>
        <translation>Volume mis en distribution par jour dans chaque secteur de comptage (m³)</translation>
    </message>
    <message>
        <source>the territory %1 cannot be read: %2</source>
        <translation>le territoire %1 est illisible : %2</translation>
    </message>
</context>
<context>
    <name>vigie::roadmap</name>
    <message>
        <source>quick win</source>
        <translation>gain rapide</translation>
    </message>
    <message>
        <source>structural project</source>
        <translation>projet structurant</translation>
    </message>
    <message>
        <source>fill-in</source>
        <translation>action d&apos;appoint</translation>
    </message>
    <message>
        <source>questionable</source>
        <translation>discutable</translation>
    </message>
    <message>
        <source>weights: every weight must be &gt;= 0 and at least one above zero</source>
        <translation>pondérations : chaque poids doit être &gt;= 0 et au moins un doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>#%1 %2: score %3 = impact %4 (%5/10) + cost %6 (%7 € over %8 years) + feasibility %9 (%10/10) + demand %11 (%12 votes); %13</source>
        <translation>#%1 %2 : score %3 = impact %4 (%5/10) + coût %6 (%7 € sur %8 ans) + faisabilité %9 (%10/10) + demande %11 (%12 votes) ; %13</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Éclairage public</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Déchets</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Citizen participation</source>
        <translation>Participation citoyenne</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>field &quot;baseline&quot;: must be {&quot;savedAt&quot;: date, &quot;projects&quot;: [...]}</source>
        <translation>champ &quot;baseline&quot; : doit être de la forme {&quot;savedAt&quot;: date, &quot;projects&quot;: [...]}</translation>
    </message>
    <message>
        <source>baseline, project %1: needs id, start (YYYY-MM), durationMonths &gt;= 1 and capex &gt;= 0</source>
        <translation>baseline, projet %1 : id, start (AAAA-MM), durationMonths &gt;= 1 et capex &gt;= 0 sont nécessaires</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>field &quot;changes&quot;: must be a list</source>
        <translation>champ &quot;changes&quot; : doit être une liste</translation>
    </message>
    <message>
        <source>change log entry %1: needs author and timestamp</source>
        <translation>entrée %1 du journal des modifications : author et timestamp sont nécessaires</translation>
    </message>
    <message>
        <source>field &quot;conflicts&quot;: must be a list</source>
        <translation>champ &quot;conflicts&quot; : doit être une liste</translation>
    </message>
    <message>
        <source>conflict %1, field &quot;kind&quot;: &quot;%2&quot; is not a conflict kind</source>
        <translation>conflit %1, champ &quot;kind&quot; : « %2 » n&apos;est pas un type de conflit</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>feuille de route</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: malformed JSON: %4</source>
        <translation>%1:%2:%3 : JSON mal formé : %4</translation>
    </message>
    <message>
        <source>not a roadmap (the JSON is not an object)</source>
        <translation>ce n&apos;est pas une feuille de route (le JSON n&apos;est pas un objet)</translation>
    </message>
    <message>
        <source>not a roadmap (field &quot;format&quot; is not &quot;vigie-roadmap&quot;)</source>
        <translation>ce n&apos;est pas une feuille de route (le champ &quot;format&quot; ne vaut pas &quot;vigie-roadmap&quot;)</translation>
    </message>
    <message>
        <source>field &quot;version&quot;: missing or not a positive whole number</source>
        <translation>champ &quot;version&quot; : absent ou pas un nombre entier positif</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Vigie (this one reads up to version %2)</source>
        <translation>la version %1 a été écrite par une version plus récente de Vigie (celle-ci lit jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ « %1 » inconnu</translation>
    </message>
    <message>
        <source>field &quot;projects&quot;: missing or not a list</source>
        <translation>champ &quot;projects&quot; : absent ou pas une liste</translation>
    </message>
    <message>
        <source>project #%1 is not an object</source>
        <translation>le projet n° %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>project %1, field &quot;id&quot;: the id is used by another project</source>
        <translation>projet %1, champ &quot;id&quot; : cet identifiant est déjà utilisé par un autre projet</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1 : impossible de lire le fichier (%2)</translation>
    </message>
    <message>
        <source>project %1, field &quot;dependencies&quot;: unknown project %2</source>
        <translation>projet %1, champ &quot;dependencies&quot; : projet %2 inconnu</translation>
    </message>
    <message>
        <source>project %1, field &quot;dependencies&quot;: dependency cycle %2</source>
        <translation>projet %1, champ &quot;dependencies&quot; : cycle de dépendances %2</translation>
    </message>
    <message>
        <source>budget caps: &quot;%1&quot; is not YEAR=EUROS with euros &gt;= 0</source>
        <translation>plafonds budgétaires : « %1 » n&apos;est pas de la forme ANNÉE=EUROS avec des euros &gt;= 0</translation>
    </message>
    <message>
        <source>budget caps: year %1 is given twice</source>
        <translation>plafonds budgétaires : l&apos;année %1 est indiquée deux fois</translation>
    </message>
    <message>
        <source>budget caps: expected YEAR=EUROS,YEAR=EUROS,...</source>
        <translation>plafonds budgétaires : attendu ANNÉE=EUROS,ANNÉE=EUROS,...</translation>
    </message>
    <message>
        <source>scheduling needs a year range: give yearly budget caps or the first and last year</source>
        <translation>la programmation nécessite une plage d&apos;années : indiquez des plafonds budgétaires annuels ou la première et la dernière année</translation>
    </message>
    <message>
        <source>budget cap for %1: %2 is not an amount &gt;= 0</source>
        <translation>plafond budgétaire pour %1 : %2 n&apos;est pas un montant &gt;= 0</translation>
    </message>
    <message>
        <source>%1 (%2 €)</source>
        <translation>%1 (%2 €)</translation>
    </message>
    <message>
        <source>budget cap for %1: %2 € is below the spending already committed that year, %3 €, by %4</source>
        <translation>plafond budgétaire pour %1 : %2 € est inférieur aux dépenses déjà engagées cette année-là, %3 €, par %4</translation>
    </message>
    <message>
        <source>no feasible plan: project %1 is committed but waits for %2, which cannot start between %3 and %4</source>
        <translation>aucun plan réalisable : le projet %1 est engagé mais attend %2, qui ne peut pas démarrer entre %3 et %4</translation>
    </message>
    <message>
        <source>no feasible plan: the projects committed so far need projects that cannot fit under the caps between %1 and %2</source>
        <translation>aucun plan réalisable : les projets déjà engagés dépendent de projets qui ne tiennent pas sous les plafonds entre %1 et %2</translation>
    </message>
    <message>
        <source>the scheduling solver failed (GLPK code %1)</source>
        <translation>le solveur de programmation a échoué (code GLPK %1)</translation>
    </message>
    <message>
        <source>internal error: the plan breaks the dependency of %1 on %2</source>
        <translation>erreur interne : le plan ne respecte pas la dépendance de %1 envers %2</translation>
    </message>
    <message>
        <source>waits for %1, which is not scheduled</source>
        <translation>attend %1, qui n&apos;est pas programmé</translation>
    </message>
    <message>
        <source>cannot start between %1 and %2 after its predecessors finish</source>
        <translation>ne peut pas démarrer entre %1 et %2 après la fin de ses prédécesseurs</translation>
    </message>
    <message>
        <source>does not fit under the yearly budget caps with a start between %1 and %2</source>
        <translation>ne tient pas sous les plafonds budgétaires annuels avec un démarrage entre %1 et %2</translation>
    </message>
    <message>
        <source>internal error: the plan spends %1 € in %2, above the cap of %3 €</source>
        <translation>erreur interne : le plan dépense %1 € en %2, au-delà du plafond de %3 €</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>%1: the merge never overwrites one of its inputs; choose another output file</source>
        <translation>%1 : la fusion n&apos;écrase jamais l&apos;un de ses fichiers d&apos;entrée ; choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>there is no conflict #%1 (the roadmap has %2)</source>
        <translation>il n&apos;y a pas de conflit n° %1 (la feuille de route en compte %2)</translation>
    </message>
    <message>
        <source>project %1: the edited value must be the whole project with the same id</source>
        <translation>projet %1 : la valeur modifiée doit être le projet complet, avec le même identifiant</translation>
    </message>
    <message>
        <source>project %1 is no longer in the roadmap</source>
        <translation>le projet %1 n&apos;est plus dans la feuille de route</translation>
    </message>
    <message>
        <source>the value does not resolve the conflict: %1</source>
        <translation>la valeur ne résout pas le conflit : %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>added «%1»</source>
        <translation>ajout de « %1 »</translation>
    </message>
    <message>
        <source>deleted «%1»</source>
        <translation>suppression de « %1 »</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text</source>
        <translation>%1 : le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is never closed</source>
        <translation>%1:%2 : un champ entre guillemets n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>%1: empty file (a header row is needed)</source>
        <translation>%1 : fichier vide (une ligne d&apos;en-tête est nécessaire)</translation>
    </message>
    <message>
        <source>%1:%2, column %3: unknown column &quot;%4&quot; (known: %5)</source>
        <translation>%1:%2, colonne %3 : colonne inconnue « %4 » (connues : %5)</translation>
    </message>
    <message>
        <source>%1:%2, column %3: column &quot;%4&quot; appears twice</source>
        <translation>%1:%2, colonne %3 : la colonne « %4 » apparaît deux fois</translation>
    </message>
    <message>
        <source>%1:%2: the header has no &quot;%3&quot; column</source>
        <translation>%1:%2 : l&apos;en-tête n&apos;a pas de colonne « %3 »</translation>
    </message>
    <message>
        <source>%1:%2, column %3 (&quot;%4&quot;): %5</source>
        <translation>%1:%2, colonne %3 (« %4 ») : %5</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, but the header has %4 columns</source>
        <translation>%1:%2 : %3 champs, mais l&apos;en-tête a %4 colonnes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SOURCE=EUROS</source>
        <translation>« %1 » n&apos;est pas de la forme SOURCE=EUROS</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KPI|TARGET|UNIT</source>
        <translation>« %1 » n&apos;est pas de la forme INDICATEUR|CIBLE|UNITÉ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>project id %1 is used by an earlier row</source>
        <translation>l&apos;identifiant de projet %1 est déjà utilisé par une ligne précédente</translation>
    </message>
    <message>
        <source>%1 · %2 · capex %3 € · %4 months
%5</source>
        <translation>%1 · %2 · investissement %3 € · %4 mois
%5</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Fin : %1</translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use .csv, .ics or .gan)</source>
        <translation>%1 : format d&apos;export inconnu « %2 » (utilisez .csv, .ics ou .gan)</translation>
    </message>
    <message>
        <source>weights: expected impact=W,cost=W,feasibility=W,demand=W</source>
        <translation>pondérations : attendu impact=P,cost=P,feasibility=P,demand=P</translation>
    </message>
    <message>
        <source>weights: &quot;%1&quot; is not criterion=number with a number &gt;= 0</source>
        <translation>pondérations : « %1 » n&apos;est pas de la forme critère=nombre avec un nombre &gt;= 0</translation>
    </message>
    <message>
        <source>weights: unknown criterion &quot;%1&quot; (impact, cost, feasibility, demand)</source>
        <translation>pondérations : critère « %1 » inconnu (impact, cost, feasibility, demand)</translation>
    </message>
    <message>
        <source>weights: at least one weight must be above zero</source>
        <translation>pondérations : au moins un poids doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>project %1, field &quot;%2&quot;: %3</source>
        <translation>projet %1, champ « %2 » : %3</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 est hors de la plage %2..%3</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes de caractères</translation>
    </message>
    <message>
        <source>item %1 must be a string</source>
        <translation>l&apos;élément %1 doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>missing (expected YYYY-MM)</source>
        <translation>absent (attendu : AAAA-MM)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (expected YYYY-MM)</source>
        <translation>« %1 » n&apos;est pas un mois (attendu : AAAA-MM)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;-&apos;)</source>
        <translation>« %1 » n&apos;est pas un identifiant (lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>« %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>a project cannot depend on itself</source>
        <translation>un projet ne peut pas dépendre de lui-même</translation>
    </message>
    <message>
        <source>a dependency is listed twice</source>
        <translation>une dépendance figure deux fois</translation>
    </message>
    <message>
        <source>must be a list of {source, amount}</source>
        <translation>doit être une liste de {source, amount}</translation>
    </message>
    <message>
        <source>item %1 must be {&quot;source&quot;: text, &quot;amount&quot;: euros &gt;= 0}</source>
        <translation>l&apos;élément %1 doit être de la forme {&quot;source&quot;: texte, &quot;amount&quot;: euros &gt;= 0}</translation>
    </message>
    <message>
        <source>must be a list of {kpi, target, unit}</source>
        <translation>doit être une liste de {kpi, target, unit}</translation>
    </message>
    <message>
        <source>item %1 must be {&quot;kpi&quot;: text, &quot;target&quot;: number, &quot;unit&quot;: text}</source>
        <translation>l&apos;élément %1 doit être de la forme {&quot;kpi&quot;: texte, &quot;target&quot;: nombre, &quot;unit&quot;: texte}</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap merge BASE OURS THEIRS --out MERGED [--json]
Three-way merge at field level of two edited copies (OURS, THEIRS) of a common BASE.
Changes to different projects or fields merge; identical changes are not conflicts; a real
conflict is recorded in MERGED (our value kept until resolved). A project deleted on one side
and edited on the other is kept and reported. MERGED is written atomically and may not be an input.
Exit codes: 0 merged clean, 1 merged with conflicts recorded, 2 usage error, 3 an input cannot be read.
</source>
        <translation>Utilisation : vigie-cli roadmap merge BASE NÔTRE LEUR --out FUSION [--json]
Fusion à trois voies, champ par champ, de deux copies modifiées (NÔTRE, LEUR) d&apos;une même BASE.
Les modifications de projets ou de champs différents sont fusionnées ; des modifications identiques ne sont pas des conflits ;
un vrai conflit est enregistré dans FUSION (notre valeur conservée jusqu&apos;à résolution). Un projet supprimé d&apos;un côté
et modifié de l&apos;autre est conservé et signalé. FUSION est écrit de façon atomique et ne peut pas être une entrée.
Codes de sortie : 0 fusion sans conflit, 1 fusion avec conflits enregistrés, 2 erreur d&apos;utilisation, 3 une entrée est illisible.
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
        <translation>Utilisation : vigie-cli roadmap schedule FICHIER --cap ANNÉE=EUR,ANNÉE=EUR,... [options]
Choisit l&apos;année de début de chaque projet (PLNE, GLPK) pour que l&apos;investissement de chaque année reste sous son plafond,
que les dépendances soient respectées et que les projets prioritaires commencent les premiers ; affiche le chemin critique.
Options :
  --cap ANNÉE=EUR,...     plafonds d&apos;investissement annuels en euros (obligatoire)
  --first-year A          première année de début possible (par défaut : la première année plafonnée)
  --last-year A           dernière année de début possible (par défaut : la dernière année plafonnée)
  --weights P             pondérations de priorité, comme pour rank
  --out FICHIER           écrit la feuille de route avec les débuts planifiés (de façon atomique)
  --json                  sortie JSON
Codes de sortie : 0 planifié, 1 pas de plan (cycle de dépendances, plafond inférieur aux dépenses engagées…), 2 utilisation, 3 entrée illisible.
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
        <translation>Utilisation : vigie-cli roadmap rank FICHIER [--weights impact=P,cost=P,feasibility=P,demand=P] [--json]
Classe les projets ni terminés ni abandonnés par un score pondéré (0-100) d&apos;impact, de coût (en coût global,
le moins cher est le mieux), de faisabilité et de demande citoyenne (votes), avec la contribution de chaque critère,
et les range dans la matrice impact/effort (gain rapide, structurant, complément, discutable).
Pondérations par défaut : impact=0.4,cost=0.2,feasibility=0.2,demand=0.2.
Codes de sortie : 0 terminé, 2 erreur d&apos;utilisation, 3 fichier illisible.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap export FILE --out X.csv|X.ics|X.gan
Exports the roadmap as CSV, as iCalendar start and end milestones, or as a GanttProject file.
Exit codes: 0 done, 1 the output cannot be written, 2 usage error, 3 the file cannot be read.
</source>
        <translation>Utilisation : vigie-cli roadmap export FICHIER --out X.csv|X.ics|X.gan
Exporte la feuille de route en CSV, en jalons de début et de fin iCalendar, ou en fichier GanttProject.
Codes de sortie : 0 terminé, 1 impossible d&apos;écrire la sortie, 2 erreur d&apos;utilisation, 3 fichier illisible.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap import CSV --out FILE
Creates a roadmap file from a CSV table with the columns of &quot;roadmap export&quot; (title, domain,
start and duration_months required). Nothing is written when a row is wrong.
Exit codes: 0 done, 1 the output cannot be written, 2 usage error, 3 the CSV cannot be read.
</source>
        <translation>Utilisation : vigie-cli roadmap import CSV --out FICHIER
Crée un fichier de feuille de route à partir d&apos;un tableau CSV ayant les colonnes de « roadmap export » (title, domain,
start et duration_months obligatoires). Rien n&apos;est écrit si une ligne est incorrecte.
Codes de sortie : 0 terminé, 1 impossible d&apos;écrire la sortie, 2 erreur d&apos;utilisation, 3 CSV illisible.
</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 nécessite une valeur</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option %1 inconnue</translation>
    </message>
    <message>
        <source>(roadmap)</source>
        <translation>(feuille de route)</translation>
    </message>
    <message>
        <source>project %1: deleted by %2, edited by %3 (kept, edited version)</source>
        <translation>projet %1 : supprimé par %2, modifié par %3 (conservé, version modifiée)</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>la nôtre</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>la leur</translation>
    </message>
    <message>
        <source>project %1, field &quot;dependencies&quot;: depends on a project the merge removed: %2</source>
        <translation>projet %1, champ « dependencies » : dépend d&apos;un projet supprimé par la fusion : %2</translation>
    </message>
    <message>
        <source>project %1, field &quot;%2&quot;: added on both sides with different values: ours %3, theirs %4</source>
        <translation>projet %1, champ « %2 » : ajouté des deux côtés avec des valeurs différentes : la nôtre %3, la leur %4</translation>
    </message>
    <message>
        <source>project %1, field &quot;%2&quot;: base %3, ours %4, theirs %5</source>
        <translation>projet %1, champ « %2 » : base %3, la nôtre %4, la leur %5</translation>
    </message>
    <message>
        <source>roadmap merge: expected BASE OURS THEIRS --out MERGED</source>
        <translation>roadmap merge : BASE NÔTRE LEUR --out FUSION attendus</translation>
    </message>
    <message>
        <source>roadmap merge: %1</source>
        <translation>roadmap merge : %1</translation>
    </message>
    <message>
        <source>Merged %1 projects into %2: %3 change(s) from ours, %4 from theirs.</source>
        <translation>%1 projets fusionnés dans %2 : %3 modification(s) de notre côté, %4 du leur.</translation>
    </message>
    <message>
        <source>No conflict.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>%1 conflict(s) recorded in the merged file (our value kept until resolved):</source>
        <translation>%1 conflit(s) enregistré(s) dans le fichier fusionné (notre valeur est conservée jusqu&apos;à résolution) :</translation>
    </message>
    <message>
        <source>roadmap %1: expected one roadmap FILE</source>
        <translation>roadmap %1 : un FICHIER de feuille de route attendu</translation>
    </message>
    <message>
        <source>roadmap %1: %2</source>
        <translation>roadmap %1 : %2</translation>
    </message>
    <message>
        <source>roadmap rank: %1</source>
        <translation>roadmap rank : %1</translation>
    </message>
    <message>
        <source>Ranking of %1 projects with weights %2:</source>
        <translation>Classement de %1 projets avec les pondérations %2 :</translation>
    </message>
    <message>
        <source>roadmap schedule: --cap YEAR=EUR,... is required</source>
        <translation>roadmap schedule : --cap ANNÉE=EUR,... est obligatoire</translation>
    </message>
    <message>
        <source>roadmap schedule: %1</source>
        <translation>roadmap schedule : %1</translation>
    </message>
    <message>
        <source>roadmap schedule: %1 needs a year, not &quot;%2&quot;</source>
        <translation>roadmap schedule : %1 attend une année, pas « %2 »</translation>
    </message>
    <message>
        <source>roadmap schedule: --out must not be the input file</source>
        <translation>roadmap schedule : --out ne doit pas être le fichier d&apos;entrée</translation>
    </message>
    <message>
        <source>Optimal plan:</source>
        <translation>Plan optimal :</translation>
    </message>
    <message>
        <source>Feasible plan (time limit reached before proving optimality):</source>
        <translation>Plan réalisable (limite de temps atteinte avant la preuve d&apos;optimalité) :</translation>
    </message>
    <message>
        <source> (committed)</source>
        <translation> (engagé)</translation>
    </message>
    <message>
        <source> (moved from %1)</source>
        <translation> (déplacé depuis %1)</translation>
    </message>
    <message>
        <source>  not scheduled  %1: %2</source>
        <translation>  non planifié  %1 : %2</translation>
    </message>
    <message>
        <source>Capex per year (committed + planned / cap), euros:</source>
        <translation>Investissement par an (engagé + prévu / plafond), en euros :</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>Critical path (ends %1): %2</source>
        <translation>Chemin critique (fin %1) : %2</translation>
    </message>
    <message>
        <source>roadmap export: --out X.csv|X.ics|X.gan is required</source>
        <translation>roadmap export : --out X.csv|X.ics|X.gan est obligatoire</translation>
    </message>
    <message>
        <source>roadmap export: %1: unknown format &quot;%2&quot; (use .csv, .ics or .gan)</source>
        <translation>roadmap export : %1 : format inconnu « %2 » (utilisez .csv, .ics ou .gan)</translation>
    </message>
    <message>
        <source>roadmap export: %1</source>
        <translation>roadmap export : %1</translation>
    </message>
    <message>
        <source>Exported %1 projects to %2</source>
        <translation>%1 projets exportés vers %2</translation>
    </message>
    <message>
        <source>roadmap import: expected CSV --out FILE</source>
        <translation>roadmap import : CSV --out FICHIER attendus</translation>
    </message>
    <message>
        <source>roadmap import: %1: cannot read the file (%2)</source>
        <translation>roadmap import : %1 : impossible de lire le fichier (%2)</translation>
    </message>
    <message>
        <source>roadmap import: %1</source>
        <translation>roadmap import : %1</translation>
    </message>
    <message>
        <source>vigie-cli import</source>
        <translation>vigie-cli import</translation>
    </message>
    <message>
        <source>imported %1 projects from %2</source>
        <translation>%1 projets importés depuis %2</translation>
    </message>
    <message>
        <source>roadmap import: warning: %1</source>
        <translation>roadmap import : avertissement : %1</translation>
    </message>
    <message>
        <source>Imported %1 projects into %2</source>
        <translation>%1 projets importés dans %2</translation>
    </message>
    <message>
        <source>Roadmap of projects: merges offline edits, schedules under budget caps, ranks, exports and imports.</source>
        <translation>Feuille de route des projets : fusionne les modifications hors ligne, planifie sous plafonds budgétaires, classe, exporte et importe.</translation>
    </message>
    <message>
        <source>roadmap: %1</source>
        <translation>roadmap : %1</translation>
    </message>
    <message>
        <source>roadmap: unknown command &quot;%1&quot;</source>
        <translation>roadmap : commande inconnue « %1 »</translation>
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
        <translation>Utilisation : vigie-cli roadmap COMMANDE [arguments] [options]
Feuille de route des projets du territoire : fusion des modifications hors ligne, planification sous plafonds budgétaires, classement, échanges.

Commandes :
  merge BASE NÔTRE LEUR --out FUSION [--json]    fusion à trois voies de fichiers de feuille de route
  schedule FICHIER --cap ANNÉE=EUR,... [--json]  plan sous plafonds budgétaires annuels et dépendances
  rank FICHIER [--weights ...] [--json]          classement multicritère pondéré, expliqué
  export FICHIER --out X.csv|X.ics|X.gan         CSV, jalons iCalendar ou GanttProject
  import CSV --out FICHIER                       feuille de route à partir d&apos;un tableau CSV
  export-from TERRITOIRE --out FICHIER           fichier de feuille de route extrait du territoire
  import-into TERRITOIRE FICHIER                 enregistre un fichier de feuille de route dans le territoire
  report TERRITOIRE|FICHIER --out RAPPORT.pdf    rapport PDF (Gantt, budget, classement, chemin critique)

« vigie-cli roadmap COMMANDE --help » décrit une commande.
Codes de sortie : 0 terminé, 1 échec (merge : conflits enregistrés), 2 erreur d&apos;utilisation, 3 une entrée est illisible.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap export-from TERRITORY.gpkg --out FILE [--name NAME]
Writes the roadmap stored in the territory (document NAME, default &quot;main&quot;) to a roadmap file,
atomically, e.g. to edit it offline and merge it later. The output may not be the territory.
Exit codes: 0 done, 1 the territory has no roadmap or the output cannot be written, 2 usage error,
3 the territory cannot be read.
</source>
        <translation>Utilisation : vigie-cli roadmap export-from TERRITOIRE.gpkg --out FICHIER [--name NOM]
Écrit la feuille de route enregistrée dans le territoire (document NOM, par défaut &quot;main&quot;) dans un fichier de feuille de route,
de façon atomique, par ex. pour la modifier hors ligne et la fusionner ensuite. La sortie ne peut pas être le territoire.
Codes de sortie : 0 terminé, 1 le territoire n&apos;a pas de feuille de route ou la sortie ne peut pas être écrite, 2 erreur d&apos;utilisation,
3 le territoire est illisible.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap import-into TERRITORY.gpkg FILE [--name NAME] [--cap YEAR=EUR,...] [--weights W]
Stores a roadmap file in the territory (document NAME, default &quot;main&quot;) in one transaction; the
caps and weights already stored are kept unless given. Refused, with nothing changed, when the file is
malformed, has a dependency cycle or a cap is below the spending already committed.
Exit codes: 0 done, 1 refused or not written, 2 usage error, 3 an input cannot be read.
</source>
        <translation>Utilisation : vigie-cli roadmap import-into TERRITOIRE.gpkg FICHIER [--name NOM] [--cap ANNÉE=EUR,...] [--weights P]
Enregistre un fichier de feuille de route dans le territoire (document NOM, par défaut &quot;main&quot;) en une seule transaction ; les
plafonds et pondérations déjà enregistrés sont conservés s&apos;ils ne sont pas indiqués. Refusé, sans aucune modification, si le fichier
est mal formé, contient un cycle de dépendances ou si un plafond est inférieur aux dépenses déjà engagées.
Codes de sortie : 0 terminé, 1 refusé ou non écrit, 2 erreur d&apos;utilisation, 3 une entrée est illisible.
</translation>
    </message>
    <message>
        <source>Usage: vigie-cli roadmap report TERRITORY.gpkg|FILE --out REPORT.pdf [--cap YEAR=EUR,...] [--weights W]
Writes the PDF report of a roadmap (from a territory or a roadmap file): title page, Gantt timeline
with the critical path, budget per year against the caps, ranked projects, critical path; one page per
section. The territory&apos;s stored caps and weights are used unless given.
Exit codes: 0 done, 1 the report cannot be written, 2 usage error, 3 the input cannot be read.
</source>
        <translation>Utilisation : vigie-cli roadmap report TERRITOIRE.gpkg|FICHIER --out RAPPORT.pdf [--cap ANNÉE=EUR,...] [--weights P]
Écrit le rapport PDF d&apos;une feuille de route (d&apos;un territoire ou d&apos;un fichier de feuille de route) : page de titre, diagramme de Gantt
avec le chemin critique, budget par an face aux plafonds, classement des projets, chemin critique ; une page par
section. Les plafonds et pondérations enregistrés dans le territoire sont utilisés s&apos;ils ne sont pas indiqués.
Codes de sortie : 0 terminé, 1 impossible d&apos;écrire le rapport, 2 erreur d&apos;utilisation, 3 entrée illisible.
</translation>
    </message>
    <message>
        <source>roadmap export-from: expected TERRITORY --out FILE</source>
        <translation>roadmap export-from : TERRITOIRE --out FICHIER attendus</translation>
    </message>
    <message>
        <source>roadmap export-from: --out must not be the territory</source>
        <translation>roadmap export-from : --out ne doit pas être le territoire</translation>
    </message>
    <message>
        <source>roadmap export-from: %1</source>
        <translation>roadmap export-from : %1</translation>
    </message>
    <message>
        <source>roadmap export-from: %1 has no roadmap &quot;%2&quot;</source>
        <translation>roadmap export-from : %1 n&apos;a pas de feuille de route « %2 »</translation>
    </message>
    <message>
        <source>Wrote the %1 projects of the territory&apos;s roadmap to %2</source>
        <translation>Les %1 projets de la feuille de route du territoire ont été écrits dans %2</translation>
    </message>
    <message>
        <source>roadmap import-into: expected TERRITORY FILE</source>
        <translation>roadmap import-into : TERRITOIRE FICHIER attendus</translation>
    </message>
    <message>
        <source>roadmap import-into: %1</source>
        <translation>roadmap import-into : %1</translation>
    </message>
    <message>
        <source>Stored %1 projects in %2 (roadmap &quot;%3&quot;)</source>
        <translation>%1 projets enregistrés dans %2 (feuille de route « %3 »)</translation>
    </message>
    <message>
        <source>roadmap report: expected TERRITORY|FILE --out REPORT.pdf</source>
        <translation>roadmap report : TERRITOIRE|FICHIER --out RAPPORT.pdf attendus</translation>
    </message>
    <message>
        <source>roadmap report: --out must not be the input</source>
        <translation>roadmap report : --out ne doit pas être l&apos;entrée</translation>
    </message>
    <message>
        <source>roadmap report: %1</source>
        <translation>roadmap report : %1</translation>
    </message>
    <message>
        <source>roadmap report: %1 has no roadmap &quot;%2&quot;</source>
        <translation>roadmap report : %1 n&apos;a pas de feuille de route « %2 »</translation>
    </message>
    <message>
        <source>Wrote the report of %1 projects to %2</source>
        <translation>Rapport de %1 projets écrit dans %2</translation>
    </message>
    <message>
        <source>Bars: projects from their (actual) start, coloured by domain; red outline: critical path; lines: dependencies (finish to start).</source>
        <translation>Barres : projets à partir de leur début (réel), colorés par domaine ; contour rouge : chemin critique ; traits : dépendances (fin-début).</translation>
    </message>
    <message>
        <source>Roadmap report</source>
        <translation>Rapport de feuille de route</translation>
    </message>
    <message>
        <source>Gantt timeline</source>
        <translation>Diagramme de Gantt</translation>
    </message>
    <message>
        <source>Budget per year against the caps</source>
        <translation>Budget par an face aux plafonds</translation>
    </message>
    <message>
        <source>Ranked projects</source>
        <translation>Classement des projets</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>%1: the PDF report needs a graphical application (fonts)</source>
        <translation>%1 : le rapport PDF nécessite une application graphique (polices)</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1 : impossible d&apos;écrire le rapport : %2</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1 : impossible de commencer le PDF</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territoire : %1</translation>
    </message>
    <message>
        <source>Projects: %1 (%2 not cancelled)</source>
        <translation>Projets : %1 (%2 non abandonnés)</translation>
    </message>
    <message>
        <source>Total capex: %1</source>
        <translation>Investissement total : %1</translation>
    </message>
    <message>
        <source>Roadmap ends: %1 (critical path of %2 projects)</source>
        <translation>Fin de la feuille de route : %1 (chemin critique de %2 projets)</translation>
    </message>
    <message>
        <source>Ranking weights: %1</source>
        <translation>Pondérations du classement : %1</translation>
    </message>
    <message>
        <source>Unresolved merge conflicts: %1</source>
        <translation>Conflits de fusion non résolus : %1</translation>
    </message>
    <message>
        <source>Generated by Vigie on %1</source>
        <translation>Généré par Vigie le %1</translation>
    </message>
    <message>
        <source>Projects per domain</source>
        <translation>Projets par domaine</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Total capex</source>
        <translation>Investissement total</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Every year is within its cap.</source>
        <translation>Chaque année respecte son plafond.</translation>
    </message>
    <message>
        <source>%1 year(s) above the cap (highlighted): run the scheduling to fit the plan under the caps.</source>
        <translation>%1 année(s) au-dessus du plafond (en surbrillance) : lancez la planification pour faire tenir le plan sous les plafonds.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
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
        <translation>Coût</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>The chain of projects that sets the end of the roadmap (%1): a month of delay on any of them delays the end.</source>
        <translation>La chaîne de projets qui fixe la fin de la feuille de route (%1) : un mois de retard sur l&apos;un d&apos;eux retarde la fin.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End (excl.)</source>
        <translation>Fin (exclue)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>%1: cannot finish the PDF</source>
        <translation>%1 : impossible de terminer le PDF</translation>
    </message>
    <message>
        <source>budget cap for %1: %2 € is below the spending already committed that year, %3 €, by project(s) %4 (field &quot;capex&quot;)</source>
        <translation>plafond budgétaire pour %1 : %2 € est inférieur aux dépenses déjà engagées cette année-là, %3 €, par le(s) projet(s) %4 (champ &quot;capex&quot;)</translation>
    </message>
    <message>
        <source>%1: a roadmap document needs a name</source>
        <translation>%1 : un document de feuille de route doit avoir un nom</translation>
    </message>
    <message>
        <source>%1: roadmap not saved: %2</source>
        <translation>%1 : feuille de route non enregistrée : %2</translation>
    </message>
    <message>
        <source>migration of %1 to schema %2 failed: %3</source>
        <translation>échec de la migration de %1 vers le schéma %2 : %3</translation>
    </message>
    <message>
        <source>%1, roadmap &quot;%2&quot;</source>
        <translation>%1, feuille de route « %2 »</translation>
    </message>
    <message>
        <source>%1: the settings are not a JSON object</source>
        <translation>%1 : les paramètres ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>%1: no such territory file</source>
        <translation>%1 : fichier de territoire introuvable</translation>
    </message>
    <message>
        <source>%1: cannot open the territory: %2</source>
        <translation>%1 : impossible d&apos;ouvrir le territoire : %2</translation>
    </message>
    <message>
        <source>%1 is not a Vigie territory (no vigie_schema table)</source>
        <translation>%1 n&apos;est pas un territoire Vigie (pas de table vigie_schema)</translation>
    </message>
    <message>
        <source>%1: SQL failed (%2): %3</source>
        <translation>%1 : échec SQL (%2) : %3</translation>
    </message>
    <message>
        <source>%1: the roadmap was written by a newer Vigie (component %2 schema %3, this version supports %4)</source>
        <translation>%1 : la feuille de route a été écrite par une version plus récente de Vigie (composant %2, schéma %3 ; cette version gère %4)</translation>
    </message>
    <message>
        <source>settings, field &quot;caps&quot;: &quot;%1&quot; is not a year with an amount &gt;= 0</source>
        <translation>paramètres, champ &quot;caps&quot; : « %1 » n&apos;est pas une année avec un montant &gt;= 0</translation>
    </message>
    <message>
        <source>settings, field &quot;weights&quot;: %1</source>
        <translation>paramètres, champ &quot;weights&quot; : %1</translation>
    </message>
    <message>
        <source>settings, field &quot;kpiActuals&quot;: project %1, KPI &quot;%2&quot; is not a number</source>
        <translation>paramètres, champ &quot;kpiActuals&quot; : projet %1, l&apos;indicateur « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>roadmap at checkout</source>
        <translation>feuille de route au moment de l&apos;extraction</translation>
    </message>
    <message>
        <source>offline roadmap</source>
        <translation>feuille de route hors ligne</translation>
    </message>
    <message>
        <source>server roadmap</source>
        <translation>feuille de route du serveur</translation>
    </message>
</context>
<context>
    <name>vigie::store</name>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>table %1: index not copied (no equivalent): %2</source>
        <translation>table %1 : index non copié (aucun équivalent) : %2</translation>
    </message>
    <message>
        <source>layer %1: table %2 is missing</source>
        <translation>couche %1 : la table %2 est absente</translation>
    </message>
    <message>
        <source>layer %1: the destination has no field &apos;%2&apos;</source>
        <translation>couche %1 : la destination n&apos;a pas de champ « %2 »</translation>
    </message>
    <message>
        <source>layer %1: cannot start a transaction: %2</source>
        <translation>couche %1 : impossible de démarrer une transaction : %2</translation>
    </message>
    <message>
        <source>layer %1, fid %2: %3</source>
        <translation>couche %1, fid %2 : %3</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>couche %1 : %2</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>table %1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: component %2 is at schema %3, the loaded plugin at %4; open the territory read-write once to migrate it, then copy it</source>
        <translation>%1 : le composant %2 est au schéma %3, l&apos;extension chargée au schéma %4 ; ouvrez une fois le territoire en lecture-écriture pour le migrer, puis copiez-le</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: layer %2 belongs to no loaded plugin; load its plugin to copy the territory</source>
        <translation>%1 : la couche %2 n&apos;appartient à aucune extension chargée ; chargez son extension pour copier le territoire</translation>
    </message>
    <message>
        <source>%1: cannot connect to PostgreSQL: %2</source>
        <translation>%1 : impossible de se connecter à PostgreSQL : %2</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>création de %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>%1: table %2: %3</source>
        <translation>%1 : table %2 : %3</translation>
    </message>
    <message>
        <source>%1: cannot commit: %2</source>
        <translation>%1 : impossible d&apos;enregistrer la transaction : %2</translation>
    </message>
    <message>
        <source>copied %1 to %2: %3 features, %4 rows</source>
        <translation>%1 copié vers %2 : %3 entités, %4 lignes</translation>
    </message>
    <message>
        <source>%1: roles are enforced by PostgreSQL: they need a PostGIS territory (PG:...)</source>
        <translation>%1 : les rôles sont appliqués par PostgreSQL : ils nécessitent un territoire PostGIS (PG:...)</translation>
    </message>
    <message>
        <source>role prefix &apos;%1&apos;: use lower-case letters, digits and _ (e.g. vigie)</source>
        <translation>préfixe de rôle « %1 » : utilisez des lettres minuscules, des chiffres et _ (par ex. vigie)</translation>
    </message>
    <message>
        <source>%1 is a PostGIS database but not a Vigie territory</source>
        <translation>%1 est une base PostGIS mais pas un territoire Vigie</translation>
    </message>
    <message>
        <source>%1: cannot set up the roles (%2): %3</source>
        <translation>%1 : impossible de mettre en place les rôles (%2) : %3</translation>
    </message>
    <message>
        <source>%1: read every table</source>
        <translation>%1 : lecture de toutes les tables</translation>
    </message>
    <message>
        <source>%1: read, and write %2</source>
        <translation>%1 : lecture, et écriture de %2</translation>
    </message>
    <message>
        <source>%1: every privilege, schema changes</source>
        <translation>%1 : tous les privilèges, modifications du schéma</translation>
    </message>
    <message>
        <source>%1 (database role %2)</source>
        <translation>%1 (rôle de base de données %2)</translation>
    </message>
    <message>
        <source>%1 (database role %2, member of %3)</source>
        <translation>%1 (rôle de base de données %2, membre de %3)</translation>
    </message>
    <message>
        <source>COPY is a PostgreSQL statement</source>
        <translation>COPY est une instruction PostgreSQL</translation>
    </message>
    <message>
        <source>%1: change notifications need a PostGIS territory (PG:...)</source>
        <translation>%1 : les notifications de modification nécessitent un territoire PostGIS (PG:...)</translation>
    </message>
    <message>
        <source>%1: listening to changes again</source>
        <translation>%1 : écoute des modifications rétablie</translation>
    </message>
    <message>
        <source>%1: cannot listen to changes: %2</source>
        <translation>%1 : impossible d&apos;écouter les modifications : %2</translation>
    </message>
    <message>
        <source>%1: the change notifications stopped (%2); reconnecting</source>
        <translation>%1 : les notifications de modification se sont arrêtées (%2) ; reconnexion</translation>
    </message>
    <message>
        <source>%1: cannot install the change notifications: %2</source>
        <translation>%1 : impossible d&apos;installer les notifications de modification : %2</translation>
    </message>
    <message>
        <source>%1: tenants are enforced by PostgreSQL row-level security: they need a PostGIS territory (PG:...)</source>
        <translation>%1 : le cloisonnement entre communes (tenants) repose sur la sécurité au niveau des lignes (RLS) de PostgreSQL : il nécessite un territoire PostGIS (PG:...)</translation>
    </message>
    <message>
        <source>%1: no layer %2 with a geometry to take the communes from</source>
        <translation>%1 : pas de couche %2 dotée d&apos;une géométrie dont tirer les communes</translation>
    </message>
    <message>
        <source>%1: layer %2 has no field &apos;%3&apos; (fields: %4)</source>
        <translation>%1 : la couche %2 n&apos;a pas de champ « %3 » (champs : %4)</translation>
    </message>
    <message>
        <source>%1: no asset layer to share between communes</source>
        <translation>%1 : aucune couche d&apos;équipements à partager entre les communes</translation>
    </message>
    <message>
        <source>%1: cannot set up the tenants (%2): %3</source>
        <translation>%1 : impossible de mettre en place le cloisonnement entre communes (%2) : %3</translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation>la copie a été annulée</translation>
    </message>
    <message>
        <source>table %1, reading after row %2: %3</source>
        <translation>table %1, lecture après la ligne %2 : %3</translation>
    </message>
    <message>
        <source>table %1, rows %2 to %3: %4</source>
        <translation>table %1, lignes %2 à %3 : %4</translation>
    </message>
    <message>
        <source>table %1: %2 rows read of %3 (keys that cannot be ordered?)</source>
        <translation>table %1 : %2 lignes lues sur %3 (clés impossibles à ordonner ?)</translation>
    </message>
    <message>
        <source>%1: cannot rename %2</source>
        <translation>%1 : impossible de renommer %2</translation>
    </message>
</context>
</TS>
