// SPDX-License-Identifier: GPL-2.0-or-later
#include "demoroadmap.h"

#include "scheduling.h"

namespace vigie::roadmap
{
  namespace
  {
    struct Row
    {
      const char *slug;
      Domain domain;
      const char *title;
      const char *description;
      double capex;
      double opex;
      const char *start;
      int months;
      Status status;
      const char *owner;
      double impact;
      double feasibility;
      int votes;
      const char *dependencies; //!< slugs, ';'-separated
      const char *funding;      //!< "Source=euros;..."
      const char *benefits;     //!< "KPI|target|unit;..."
      const char *stakeholders; //!< ';'-separated
      const char *assets;       //!< ';'-separated asset ids
      const char *area;         //!< WKT, Lambert-93
    };

    // clang-format off
    const Row kRows[] = {
      { "eclairage-led-1", Domain::Lighting, "Rénovation LED de l'éclairage public — phase 1 (Écusson, Centre)",
        "Remplacement de 3 200 luminaires sodium par des LED 3000 K avec abaissement nocturne.",
        1800000, 15000, "2024-03", 18, Status::InProgress, "Direction de l'éclairage public", 8, 8, 120, "",
        "CEE=320000;DSIL=450000;Budget communal=1030000",
        "Économie d'électricité|2100000|kWh/an;Émissions évitées|110|tCO2e/an",
        "Élus (commission transition écologique);Services techniques;Architecte des Bâtiments de France", "lighting:cabinets/ECU-01;lighting:cabinets/ECU-02",
        "POLYGON((770300 6279200,771400 6279200,771400 6280100,770300 6280100,770300 6279200))" },
      { "eclairage-led-2", Domain::Lighting, "Rénovation LED de l'éclairage public — phase 2 (Port Marianne, Mosson)",
        "Suite du programme LED : 4 100 points lumineux, mâts vétustes remplacés.",
        2400000, 20000, "2026-01", 24, Status::Approved, "Direction de l'éclairage public", 8, 7, 95, "eclairage-led-1",
        "CEE=410000;DSIL=600000;Budget communal=1390000",
        "Économie d'électricité|2600000|kWh/an;Points lumineux rénovés|4100|luminaires",
        "Élus (commission transition écologique);Services techniques;Conseils de quartier", "", "" },
      { "telegestion-eclairage", Domain::Lighting, "Télégestion et gradation dynamique de l'éclairage",
        "Pilotage point à point, détection de pannes et gradation selon la fréquentation.",
        650000, 40000, "2026-06", 12, Status::Proposed, "Direction de l'éclairage public", 6, 6, 30, "eclairage-led-1",
        "CEE=120000;Budget communal=530000",
        "Délai moyen de réparation|2|jours;Économie d'électricité|450000|kWh/an",
        "Services techniques;Élus", "", "" },
      { "extinction-coeur-nuit", Domain::Lighting, "Extinction en cœur de nuit dans les zones d'activités",
        "Extinction de 1 h à 5 h sur 4 zones d'activités après concertation avec les entreprises.",
        60000, 0, "2024-10", 4, Status::Done, "Direction de l'éclairage public", 5, 9, 210, "",
        "Budget communal=60000", "Économie d'électricité|380000|kWh/an",
        "Entreprises des zones d'activités;Police municipale;Élus", "", "" },
      { "solaire-ecoles", Domain::Energy, "Centrales photovoltaïques sur les toitures des écoles",
        "12 groupes scolaires équipés (1,1 MWc), autoconsommation collective.",
        1200000, 12000, "2025-04", 14, Status::InProgress, "Direction de l'énergie et des bâtiments", 7, 7, 380, "",
        "FEDER=360000;Région Occitanie=200000;Budget communal=640000",
        "Production solaire|1450000|kWh/an;Taux d'autoconsommation|70|%",
        "Éducation nationale;Parents d'élèves;Services techniques", "", "" },
      { "renovation-gymnase", Domain::Energy, "Rénovation énergétique du gymnase Jean-Bouin",
        "Isolation, pompe à chaleur et ventilation double flux : gain visé 60 %.",
        2100000, 0, "2026-09", 18, Status::Approved, "Direction de l'énergie et des bâtiments", 6, 7, 60, "audits-energetiques",
        "DSIL=700000;Fonds vert=500000;CEE=150000;Budget communal=750000",
        "Consommation d'énergie finale|-60|%", "Clubs sportifs;Services techniques;Élus", "", "" },
      { "reseau-chaleur", Domain::Energy, "Extension du réseau de chaleur biomasse vers Croix d'Argent",
        "6 km de réseau, raccordement de 2 400 logements sociaux et de 9 équipements publics.",
        4500000, 90000, "2027-03", 30, Status::Proposed, "Direction de l'énergie et des bâtiments", 9, 5, 140, "",
        "FEDER=1200000;Fonds chaleur ADEME=1000000;Budget communal=2300000",
        "Part d'énergie renouvelable du réseau|75|%;Émissions évitées|3200|tCO2e/an",
        "Bailleurs sociaux;Métropole;Élus;Habitants", "", "" },
      { "audits-energetiques", Domain::Energy, "Audits énergétiques des bâtiments communaux (décret tertiaire)",
        "Audits des 40 bâtiments de plus de 1 000 m² et plan pluriannuel de travaux.",
        180000, 0, "2025-01", 10, Status::InProgress, "Direction de l'énergie et des bâtiments", 5, 9, 0, "",
        "CEE=60000;Budget communal=120000", "Bâtiments audités|40|bâtiments", "Services techniques;Élus", "", "" },
      { "gtb-batiments", Domain::Energy, "Gestion technique centralisée des bâtiments communaux",
        "Supervision du chauffage, de la ventilation et de l'éclairage de 40 bâtiments.",
        850000, 35000, "2026-03", 15, Status::Approved, "Direction de l'énergie et des bâtiments", 7, 7, 20, "audits-energetiques",
        "CEE=250000;DSIL=200000;Budget communal=400000",
        "Consommation d'énergie des bâtiments|-15|%", "Services techniques;Direction du numérique", "", "" },
      { "bornes-recharge", Domain::Mobility, "Déploiement de 60 bornes de recharge pour véhicules électriques",
        "Bornes 22 kW sur voirie et dans les parkings publics, exploitation en délégation.",
        900000, 25000, "2026-01", 12, Status::Approved, "Direction de la mobilité", 6, 8, 260, "",
        "ADVENIR (CEE)=270000;Budget communal=630000", "Points de charge publics|60|points",
        "Enedis;Commerçants;Élus", "", "" },
      { "piste-cyclable-liberte", Domain::Mobility, "Piste cyclable sécurisée avenue de la Liberté",
        "3,2 km bidirectionnels séparés, carrefours à la hollandaise, plantations.",
        3200000, 18000, "2025-10", 20, Status::Approved, "Direction de la mobilité", 8, 6, 910, "ateliers-velo",
        "DSIL=800000;Région Occitanie=600000;Fonds mobilités actives=400000;Budget communal=1400000",
        "Trafic cycliste|2500|vélos/jour;Accidents impliquant un cycliste|-40|%",
        "Associations vélo;Commerçants;Conseils de quartier;Métropole", "",
        "LINESTRING(768900 6281500,770200 6280800,771900 6280300)" },
      { "stationnement-velo", Domain::Mobility, "1 000 arceaux et 10 abris vélos sécurisés",
        "Projet lauréat du budget participatif 2024.",
        350000, 8000, "2025-03", 8, Status::InProgress, "Direction de la mobilité", 6, 9, 640, "",
        "Budget participatif=350000", "Places de stationnement vélo|1000|places",
        "Habitants (budget participatif);Associations vélo", "", "" },
      { "capteurs-stationnement", Domain::Mobility, "Capteurs de stationnement et guidage en centre-ville",
        "1 500 places équipées, jalonnement dynamique et données ouvertes.",
        720000, 48000, "2027-01", 12, Status::Proposed, "Direction de la mobilité", 5, 6, 85, "plateforme-donnees;reseau-lorawan",
        "Budget communal=720000", "Temps moyen de recherche d'une place|-30|%", "Commerçants;Police municipale", "", "" },
      { "priorite-feux-bus", Domain::Mobility, "Priorité aux feux pour les bus et tramways (30 carrefours)",
        "Détection des véhicules de transport en commun et priorité aux carrefours à feux.",
        1100000, 20000, "2026-04", 18, Status::Proposed, "Direction de la mobilité", 7, 6, 120, "plateforme-donnees",
        "DSIL=300000;Métropole=400000;Budget communal=400000",
        "Vitesse commerciale des bus|+8|%", "Métropole;Opérateur de transport;Élus", "", "" },
      { "zfe-controle", Domain::Mobility, "Zone à faibles émissions : signalisation et contrôle",
        "Panneaux, lecture automatisée des vignettes Crit'Air, accompagnement des ménages.",
        1500000, 120000, "2027-06", 12, Status::Proposed, "Direction de la mobilité", 6, 4, 40, "",
        "Fonds vert=450000;Budget communal=1050000", "Concentration moyenne de NO2|-20|%",
        "Métropole;Préfecture;Associations d'usagers;Commerçants", "", "" },
      { "zones-30", Domain::Mobility, "Généralisation des zones 30 et rues scolaires",
        "Zones 30 dans tous les quartiers résidentiels et 15 rues scolaires piétonnisées.",
        480000, 5000, "2025-06", 12, Status::Approved, "Direction de la mobilité", 7, 9, 410, "",
        "Amendes de police=200000;Budget communal=280000", "Rues scolaires|15|rues;Vitesse moyenne|-10|km/h",
        "Écoles;Parents d'élèves;Conseils de quartier", "", "" },
      { "sectorisation-eau", Domain::Water, "Sectorisation du réseau d'eau potable et compteurs de district",
        "28 secteurs hydrauliques équipés de débitmètres télérelevés.",
        1900000, 30000, "2025-02", 24, Status::InProgress, "Régie de l'eau", 8, 7, 30, "",
        "Agence de l'eau=760000;DETR=300000;Budget annexe de l'eau=840000",
        "Rendement du réseau|85|%;Volume de fuites|-400000|m3/an", "Régie de l'eau;Agence de l'eau;Élus",
        "water:districts/DMA-01;water:districts/DMA-02;water:districts/DMA-03", "" },
      { "telereleve-compteurs", Domain::Water, "Télérelève des compteurs d'eau (25 000 compteurs)",
        "Compteurs communicants, alertes de fuite chez l'abonné, facturation au réel.",
        3800000, 150000, "2026-06", 30, Status::Proposed, "Régie de l'eau", 7, 6, 75, "sectorisation-eau;reseau-lorawan",
        "Agence de l'eau=900000;Budget annexe de l'eau=2900000",
        "Compteurs télérelevés|25000|compteurs;Fuites après compteur détectées|90|%",
        "Régie de l'eau;Associations de consommateurs;Bailleurs", "", "" },
      { "detection-fuites", Domain::Water, "Détection acoustique des fuites sur les conduites principales",
        "Pré-localisateurs acoustiques sur 120 km de conduites maîtresses.",
        420000, 30000, "2026-01", 9, Status::Approved, "Régie de l'eau", 7, 8, 15, "sectorisation-eau",
        "Agence de l'eau=170000;Budget annexe de l'eau=250000", "Délai de localisation d'une fuite|-50|%",
        "Régie de l'eau", "", "" },
      { "eaux-pluviales", Domain::Water, "Récupération des eaux pluviales pour l'arrosage des espaces verts",
        "Cuves enterrées sous 6 parcs et arrosage goutte-à-goutte piloté par sondes.",
        560000, 10000, "2027-03", 12, Status::Proposed, "Direction des espaces verts", 5, 7, 330, "",
        "Agence de l'eau=220000;Budget communal=340000", "Eau potable économisée|45000|m3/an",
        "Direction des espaces verts;Habitants;Associations environnementales", "", "" },
      { "capteurs-remplissage", Domain::Waste, "Capteurs de remplissage des conteneurs de tri (800 colonnes)",
        "Mesure ultrasonique du remplissage des colonnes verre et emballages.",
        380000, 45000, "2025-09", 8, Status::Approved, "Direction propreté et déchets", 5, 8, 55, "reseau-lorawan",
        "CITEO=120000;Budget communal=260000", "Débordements de colonnes|-70|%", "Métropole;Prestataire de collecte", "", "" },
      { "tarification-incitative", Domain::Waste, "Étude de tarification incitative des déchets",
        "Étude de faisabilité et simulation des impacts sur les ménages.",
        90000, 0, "2025-05", 6, Status::Approved, "Direction propreté et déchets", 4, 9, 10, "",
        "ADEME=45000;Budget communal=45000", "Scénarios chiffrés|3|scénarios", "Métropole;Élus;Associations de consommateurs", "", "" },
      { "biodechets", Domain::Waste, "Collecte séparée des biodéchets et composteurs de quartier",
        "Bornes d'apport volontaire, 60 composteurs partagés, sensibilisation.",
        1250000, 210000, "2026-01", 18, Status::Approved, "Direction propreté et déchets", 7, 6, 520, "",
        "Fonds vert=400000;Budget communal=850000",
        "Biodéchets détournés|3500|t/an;Ordures ménagères résiduelles|-15|%",
        "Habitants (budget participatif);Associations de compostage;Métropole", "", "" },
      { "optimisation-tournees", Domain::Waste, "Optimisation des tournées de collecte",
        "Tournées dynamiques calculées à partir des taux de remplissage.",
        150000, 20000, "2026-09", 6, Status::Proposed, "Direction propreté et déchets", 5, 7, 5, "capteurs-remplissage",
        "Budget communal=150000", "Kilomètres parcourus par les bennes|-20|%", "Prestataire de collecte", "", "" },
      { "plateforme-donnees", Domain::Data, "Plateforme de données territoriales ouverte",
        "Entrepôt de données, API, portail open data et catalogue DCAT.",
        950000, 110000, "2025-01", 18, Status::InProgress, "Direction du numérique", 7, 7, 90, "",
        "FEDER=380000;Banque des Territoires=150000;Budget communal=420000",
        "Jeux de données publiés|150|jeux;Réutilisations recensées|25|réutilisations",
        "Direction du numérique;Métropole;Communauté open data", "", "" },
      { "jumeau-numerique", Domain::Data, "Jumeau numérique 3D du territoire",
        "Maquette 3D, simulation des îlots de chaleur et des projets d'urbanisme.",
        1400000, 90000, "2027-01", 24, Status::Proposed, "Direction du numérique", 6, 4, 45, "plateforme-donnees",
        "FEDER=420000;Banque des Territoires=200000;Budget communal=780000",
        "Projets urbains simulés|20|projets", "Direction de l'urbanisme;Élus;Universités", "", "" },
      { "reseau-lorawan", Domain::Data, "Réseau LoRaWAN communal pour les capteurs",
        "18 passerelles couvrant tout le territoire, serveur de réseau souverain.",
        260000, 18000, "2025-03", 6, Status::InProgress, "Direction du numérique", 6, 8, 0, "",
        "Banque des Territoires=80000;Budget communal=180000", "Couverture du territoire|98|%",
        "Direction du numérique;Régie de l'eau;Direction propreté et déchets", "", "" },
      { "cybersecurite", Domain::Security, "Plan de cybersécurité du système d'information",
        "Audit, centre de supervision mutualisé, sauvegardes hors ligne, exercices de crise.",
        540000, 60000, "2025-11", 12, Status::Approved, "Direction du numérique", 8, 7, 0, "",
        "France Relance (ANSSI)=90000;Budget communal=450000", "Score de maturité cyber|3|niveau sur 4",
        "ANSSI;Direction du numérique;Direction générale des services", "", "" },
      { "plateforme-budget-participatif", Domain::CitizenParticipation, "Plateforme en ligne du budget participatif",
        "Dépôt des idées, vote en ligne et suivi des projets lauréats.",
        120000, 25000, "2024-02", 6, Status::Done, "Direction de la démocratie participative", 6, 9, 300, "",
        "Budget communal=120000", "Votants|12000|votants", "Conseils de quartier;Habitants", "", "" },
      { "application-signalement", Domain::CitizenParticipation, "Application citoyenne de signalement (voirie, éclairage, propreté)",
        "Signalements géolocalisés transmis aux services et suivis jusqu'à leur résolution.",
        210000, 30000, "2025-10", 9, Status::Approved, "Direction de la démocratie participative", 6, 8, 470, "plateforme-donnees",
        "Budget communal=210000", "Signalements traités en moins de 7 jours|80|%",
        "Habitants;Services techniques;Conseils de quartier", "", "" },
      { "tableaux-bord-quartiers", Domain::CitizenParticipation, "Tableaux de bord publics pour les conseils de quartier",
        "Indicateurs de quartier (propreté, éclairage, projets) mis à jour chaque mois.",
        80000, 10000, "2026-09", 6, Status::Proposed, "Direction de la démocratie participative", 4, 8, 150, "plateforme-donnees",
        "Budget communal=80000", "Conseils de quartier équipés|7|conseils", "Conseils de quartier", "", "" },
      { "ateliers-velo", Domain::CitizenParticipation, "Ateliers de concertation sur le plan vélo",
        "Six ateliers et une balade urbaine par quartier avant la conception des pistes.",
        45000, 0, "2025-01", 5, Status::Done, "Direction de la démocratie participative", 4, 9, 0, "",
        "Budget communal=45000", "Participants|600|personnes", "Associations vélo;Habitants;Commerçants", "", "" },
      { "videoprotection-ecoles", Domain::Security, "Extension de la vidéoprotection aux abords des écoles",
        "40 caméras aux abords de 20 groupes scolaires, charte éthique et comité de suivi.",
        780000, 50000, "2026-02", 12, Status::Proposed, "Direction de la prévention et de la tranquillité publique", 5, 7, 190, "",
        "FIPD=300000;Budget communal=480000", "Écoles couvertes|20|écoles",
        "Police municipale;Parents d'élèves;Comité d'éthique;Préfecture", "", "" },
      { "alerte-crues", Domain::Security, "Système d'alerte aux crues du Lez et de la Mosson",
        "Capteurs de hauteur d'eau, pluviomètres et seuils d'alerte reliés au PCS.",
        640000, 25000, "2025-11", 14, Status::Approved, "Direction de la prévention et de la tranquillité publique", 9, 7, 230,
        "reseau-lorawan", "FEDER=190000;Fonds Barnier=250000;Budget communal=200000",
        "Délai d'alerte avant débordement|3|heures", "Préfecture;Météo-France;EPTB Lez;Habitants des zones inondables", "",
        "POLYGON((769500 6276800,772600 6276800,772600 6282900,769500 6282900,769500 6276800))" },
      { "pcs-numerique", Domain::Security, "Plan communal de sauvegarde numérique et alerte SMS",
        "Annuaire de crise, main courante numérique et alerte des habitants par SMS.",
        95000, 15000, "2026-03", 6, Status::Proposed, "Direction de la prévention et de la tranquillité publique", 7, 9, 80, "alerte-crues",
        "DETR=30000;Budget communal=65000", "Habitants inscrits à l'alerte|30000|habitants", "Préfecture;Élus;Habitants", "", "" },
    };
    // clang-format on

    QStringList split( const char *text )
    {
      QStringList out;
      const QStringList parts = QString::fromUtf8( text ).split( QLatin1Char( ';' ), Qt::SkipEmptyParts );
      for ( const QString &p : parts )
        out.append( p.trimmed() );
      return out;
    }

    QString idOf( const QString &slug )
    {
      return stableProjectId( QStringLiteral( "demo/" ) + slug );
    }
  } // namespace

  Roadmap demoRoadmap( const QString &commune )
  {
    Roadmap r;
    r.name = QStringLiteral( "Feuille de route territoire intelligent %1 2025-2030" ).arg( commune );
    r.territory = commune;
    for ( const Row &row : kRows )
    {
      Project p;
      p.id = idOf( QString::fromLatin1( row.slug ) );
      p.title = QString::fromUtf8( row.title );
      p.domain = row.domain;
      p.description = QString::fromUtf8( row.description );
      p.capex = row.capex;
      p.opexPerYear = row.opex;
      p.start = YearMonth::fromString( QString::fromLatin1( row.start ) );
      p.durationMonths = row.months;
      p.status = row.status;
      p.owner = QString::fromUtf8( row.owner );
      p.impact = row.impact;
      p.feasibility = row.feasibility;
      p.citizenVotes = row.votes;
      for ( const QString &d : split( row.dependencies ) )
        p.dependencies.append( idOf( d ) );
      for ( const QString &f : split( row.funding ) )
        p.funding.append( FundingSource{ f.section( QLatin1Char( '=' ), 0, 0 ), f.section( QLatin1Char( '=' ), 1 ).toDouble() } );
      for ( const QString &b : split( row.benefits ) )
        p.benefits.append( Benefit{ b.section( QLatin1Char( '|' ), 0, 0 ), b.section( QLatin1Char( '|' ), 1, 1 ).toDouble(),
                                    b.section( QLatin1Char( '|' ), 2 ) } );
      p.stakeholders = split( row.stakeholders );
      p.assetIds = split( row.assets );
      p.areaWkt = QString::fromUtf8( row.area );
      if ( p.isCommitted() )
        p.actualStart = p.start;
      r.projects.append( p );
    }
    r.normalise();
    saveBaseline( r, QStringLiteral( "2025-01-15T10:00:00Z" ) );
    r.addChange( ChangeLogEntry{ QStringLiteral( "Vigie (démo)" ), QStringLiteral( "2025-01-15T10:00:00Z" ), QString(), QString(),
                                 QStringLiteral( "Feuille de route adoptée en conseil municipal ; référence enregistrée" ) } );

    // since the baseline: a late start, a cost overrun, a postponed project
    auto change = [&]( const char *slug, const QString &when, const QString &field, const QString &summary, auto &&edit )
    {
      Project *p = r.project( idOf( QString::fromLatin1( slug ) ) );
      edit( *p );
      r.addChange( ChangeLogEntry{ QStringLiteral( "Claire Martin (chargée de mission)" ), when, p->id, field, summary } );
    };
    change( "sectorisation-eau", QStringLiteral( "2025-04-02T08:45:00Z" ), QStringLiteral( "actualStart" ),
            QStringLiteral( "Démarrage des travaux reporté à avril (appel d'offres infructueux)" ),
            []( Project &p ) {
              p.actualStart = YearMonth{ 2025, 4 };
            } );
    change( "solaire-ecoles", QStringLiteral( "2025-06-10T14:20:00Z" ), QStringLiteral( "capex" ),
            QStringLiteral( "Renforcement de charpente sur 3 écoles : +96 000 €" ), []( Project &p ) { p.capex += 96000; } );
    change( "piste-cyclable-liberte", QStringLiteral( "2025-07-01T09:00:00Z" ), QStringLiteral( "start" ),
            QStringLiteral( "Début décalé à janvier 2026 après la concertation" ),
            []( Project &p ) {
              p.start = YearMonth{ 2026, 1 };
            } );
    return r;
  }

  QMap<int, double> demoBudgetCaps()
  {
    return { { 2025, 7500000 }, { 2026, 9000000 }, { 2027, 9000000 }, { 2028, 8000000 }, { 2029, 8000000 }, { 2030, 8000000 } };
  }
} // namespace vigie::roadmap
