// SPDX-License-Identifier: GPL-2.0-or-later
#include "csvimport.h"

#include "privacy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <map>
#include <optional>

namespace vigie::budget
{
  namespace
  {
    struct Record
    {
      int line = 0;
      QStringList cells;
    };

    //! A parsed CSV: header and rows, with the physical line each record starts on.
    struct Table
    {
      QString source;
      QStringList header;
      int headerLine = 0;
      std::vector<Record> rows;
    };

    QChar detectDelimiter( const QString &text )
    {
      int semicolons = 0, commas = 0, tabs = 0;
      bool quoted = false;
      for ( const QChar c : text )
      {
        if ( c == QLatin1Char( '"' ) )
          quoted = !quoted;
        else if ( quoted )
          continue;
        else if ( c == QLatin1Char( '\n' ) || c == QLatin1Char( '\r' ) )
          break;
        else if ( c == QLatin1Char( ';' ) )
          ++semicolons;
        else if ( c == QLatin1Char( ',' ) )
          ++commas;
        else if ( c == QLatin1Char( '\t' ) )
          ++tabs;
      }
      if ( tabs + semicolons + commas == 0 )
        return QChar(); // one column: a list of projects "A,B" on a row is one cell
      if ( tabs > semicolons && tabs > commas )
        return QLatin1Char( '\t' );
      return semicolons >= commas && semicolons > 0 ? QLatin1Char( ';' ) : QLatin1Char( ',' );
    }

    QString location( const QString &source, int line )
    {
      return QStringLiteral( "%1:%2" ).arg( QDir::toNativeSeparators( source ) ).arg( line );
    }

    bool fail( QString *errorMessage, const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    }

    //! Splits \a data into records (RFC 4180 quotes, \n, \r\n or \r); blank rows skipped.
    bool parseTable( const QByteArray &data, const QString &source, Table &table, QString *errorMessage )
    {
      QByteArray bytes = data;
      if ( bytes.startsWith( "\xEF\xBB\xBF" ) )
        bytes.remove( 0, 3 );
      const QString text = QString::fromUtf8( bytes );
      if ( text.contains( QChar::ReplacementCharacter ) && !bytes.contains( "\xEF\xBF\xBD" ) )
        return fail(
            errorMessage,
            QCoreApplication::translate( "vigie::budget", "%1: the file is not UTF-8 text" ).arg( QDir::toNativeSeparators( source ) ) );
      table.source = source;
      const QChar delimiter = detectDelimiter( text );
      std::vector<Record> records;
      Record current;
      QString cell;
      bool quoted = false;
      bool wasQuoted = false;
      int line = 1;
      current.line = 1;
      int quoteLine = 0;
      auto endCell = [&]()
      {
        current.cells.append( wasQuoted ? cell : cell.trimmed() );
        cell.clear();
        wasQuoted = false;
      };
      auto endRecord = [&]()
      {
        endCell();
        const bool blank =
            std::all_of( current.cells.cbegin(), current.cells.cend(), []( const QString &c ) { return c.trimmed().isEmpty(); } );
        if ( !blank )
          records.push_back( current );
        current = Record();
      };
      const int size = text.size();
      for ( int i = 0; i < size; ++i )
      {
        const QChar c = text.at( i );
        if ( quoted )
        {
          if ( c == QLatin1Char( '"' ) )
          {
            if ( i + 1 < size && text.at( i + 1 ) == QLatin1Char( '"' ) )
            {
              cell.append( c );
              ++i;
            }
            else
              quoted = false;
          }
          else
          {
            if ( c == QLatin1Char( '\n' ) || ( c == QLatin1Char( '\r' ) && !( i + 1 < size && text.at( i + 1 ) == QLatin1Char( '\n' ) ) ) )
              ++line;
            cell.append( c );
          }
        }
        else if ( c == QLatin1Char( '"' ) && cell.trimmed().isEmpty() )
        {
          cell.clear();
          quoted = true;
          wasQuoted = true;
          quoteLine = line;
        }
        else if ( c == delimiter && !delimiter.isNull() )
          endCell();
        else if ( c == QLatin1Char( '\n' ) || c == QLatin1Char( '\r' ) )
        {
          if ( c == QLatin1Char( '\r' ) && i + 1 < size && text.at( i + 1 ) == QLatin1Char( '\n' ) )
            ++i;
          endRecord();
          ++line;
          current.line = line;
        }
        else
          cell.append( c );
      }
      if ( quoted )
        return fail( errorMessage,
                     QCoreApplication::translate( "vigie::budget", "%1: quoted field never closed" ).arg( location( source, quoteLine ) ) );
      if ( !cell.isEmpty() || !current.cells.isEmpty() )
        endRecord();
      if ( records.empty() )
        return fail(
            errorMessage,
            QCoreApplication::translate( "vigie::budget", "%1: empty file, a header row is needed" ).arg( location( source, 1 ) ) );
      table.header = records.front().cells;
      table.headerLine = records.front().line;
      table.rows.assign( records.begin() + 1, records.end() );
      return true;
    }

    //! Lower case, accents removed, spaces and hyphens as '_': "Coût estimé" -> "cout_estime".
    QString normalized( const QString &name )
    {
      const QString decomposed = name.trimmed().toLower().normalized( QString::NormalizationForm_D );
      QString out;
      for ( const QChar c : decomposed )
      {
        if ( c.category() == QChar::Mark_NonSpacing )
          continue;
        out.append( c == QLatin1Char( ' ' ) || c == QLatin1Char( '-' ) ? QLatin1Char( '_' ) : c );
      }
      return out;
    }

    /**
     * Column whose name is one of \a aliases (normalized): exact names first, then names with
     * their suffixes after '/' or '.' dropped ("title/fr", "category/name/fr"). -1 when none.
     */
    int findColumn( const QStringList &header, const QStringList &aliases )
    {
      for ( int pass = 0; pass < 2; ++pass )
      {
        for ( const QString &alias : aliases )
        {
          for ( int c = 0; c < header.size(); ++c )
          {
            QString name = normalized( header.at( c ) );
            if ( pass == 1 )
            {
              // "category/id" is a key, not the label in "category/name/fr"
              if ( name.endsWith( QLatin1String( "/id" ) ) || name.endsWith( QLatin1String( ".id" ) ) )
                continue;
              static const QRegularExpression separator( QStringLiteral( "[/.]" ) );
              const int cut = name.indexOf( separator );
              if ( cut <= 0 )
                continue;
              name = name.left( cut );
            }
            if ( name == alias )
              return c;
          }
        }
      }
      return -1;
    }

    QStringList idAliases()
    {
      return { QStringLiteral( "project_id" ), QStringLiteral( "id" ), QStringLiteral( "id_projet" ), QStringLiteral( "projet_id" ),
               QStringLiteral( "identifiant" ) };
    }
    QStringList titleAliases()
    {
      return { QStringLiteral( "title" ), QStringLiteral( "titre" ), QStringLiteral( "name" ), QStringLiteral( "nom" ),
               QStringLiteral( "intitule" ) };
    }
    QStringList costAliases()
    {
      return { QStringLiteral( "budget_amount" ), QStringLiteral( "cost" ),   QStringLiteral( "cout" ),
               QStringLiteral( "montant" ),       QStringLiteral( "budget" ), QStringLiteral( "amount" ),
               QStringLiteral( "price" ),         QStringLiteral( "prix" ),   QStringLiteral( "cout_estime" ) };
    }
    QStringList categoryAliases()
    {
      return { QStringLiteral( "category" ), QStringLiteral( "categorie" ), QStringLiteral( "categories" ), QStringLiteral( "theme" ),
               QStringLiteral( "thematique" ) };
    }
    QStringList districtAliases()
    {
      return { QStringLiteral( "scope" ),          QStringLiteral( "district" ), QStringLiteral( "quartier" ),
               QStringLiteral( "arrondissement" ), QStringLiteral( "secteur" ),  QStringLiteral( "territoire" ) };
    }
    QStringList voterAliases()
    {
      return { QStringLiteral( "voter_id" ),    QStringLiteral( "voter" ),           QStringLiteral( "user_id" ),
               QStringLiteral( "user" ),        QStringLiteral( "decidim_user_id" ), QStringLiteral( "participant_id" ),
               QStringLiteral( "participant" ), QStringLiteral( "votant" ),          QStringLiteral( "id_votant" ),
               QStringLiteral( "electeur" ),    QStringLiteral( "id_electeur" ) };
    }
    QStringList projectAliases()
    {
      return { QStringLiteral( "project_id" ),
               QStringLiteral( "project" ),
               QStringLiteral( "projet" ),
               QStringLiteral( "id_projet" ),
               QStringLiteral( "projet_id" ),
               QStringLiteral( "budget_project_id" ),
               QStringLiteral( "decidim_projects_project_id" ) };
    }
    QStringList listAliases()
    {
      return { QStringLiteral( "projects" ), QStringLiteral( "projets" ),     QStringLiteral( "vote" ),
               QStringLiteral( "votes" ),    QStringLiteral( "project_ids" ), QStringLiteral( "selected_projects" ),
               QStringLiteral( "ballot" ),   QStringLiteral( "bulletin" ),    QStringLiteral( "choix" ) };
    }
    QStringList countAliases()
    {
      return { QStringLiteral( "votes" ),    QStringLiteral( "voix" ),        QStringLiteral( "count" ),        QStringLiteral( "nombre" ),
               QStringLiteral( "nb_votes" ), QStringLiteral( "paper_votes" ), QStringLiteral( "votes_papier" ), QStringLiteral( "total" ) };
    }

    //! Points given to the project (cumulative and scoring ballots, Decidim "points", CONSUL "score").
    QStringList pointsAliases()
    {
      return { QStringLiteral( "points" ), QStringLiteral( "point" ), QStringLiteral( "puntos" ), QStringLiteral( "punkty" ),
               QStringLiteral( "score" ),  QStringLiteral( "note" ),  QStringLiteral( "grade" ) };
    }
    //! Position of the project in the voter's ranking (ordinal ballots), 1 = preferred.
    QStringList rankAliases()
    {
      return { QStringLiteral( "rank" ), QStringLiteral( "ranking" ), QStringLiteral( "rang" ), QStringLiteral( "position" ),
               QStringLiteral( "preference" ), QStringLiteral( "order" ), QStringLiteral( "ordre" ) };
    }

    QString missingColumn( const Table &t, const QString &what, const QStringList &aliases )
    {
      return QCoreApplication::translate( "vigie::budget", "%1: missing column for %2 (expected one of: %3)" )
          .arg( location( t.source, t.headerLine ), what, aliases.join( QStringLiteral( ", " ) ) );
    }

    QString cellError( const Table &t, const Record &r, int column, const QString &reason )
    {
      return QCoreApplication::translate( "vigie::budget", "%1: column \"%2\": %3" )
          .arg( location( t.source, r.line ), t.header.value( column ), reason );
    }

    struct Decimal
    {
      std::int64_t mantissa = 0;
      int decimals = 0;
    };

    /**
     * "1234", "1 234,50", "1.234,50", "1,234.50", "12,5", "800 €": the last of ',' and '.' is
     * the decimal separator when followed by 1, 2 or 3+ digits and the other is a thousands
     * separator; a lone ',' is a decimal comma. Negative numbers and exponents are refused.
     */
    std::optional<Decimal> parseAmount( QString s )
    {
      s = s.trimmed();
      for ( const QString &unit : { QStringLiteral( "€" ), QStringLiteral( "EUR" ), QStringLiteral( "eur" ) } )
      {
        if ( s.endsWith( unit ) )
          s = s.left( s.size() - unit.size() ).trimmed();
      }
      s.remove( QLatin1Char( ' ' ) );
      s.remove( QChar( 0x00A0 ) );
      s.remove( QChar( 0x202F ) );
      s.remove( QLatin1Char( '\'' ) );
      const int lastComma = s.lastIndexOf( QLatin1Char( ',' ) );
      const int lastDot = s.lastIndexOf( QLatin1Char( '.' ) );
      QChar decimalSeparator = QLatin1Char( '.' );
      if ( lastComma >= 0 && lastDot >= 0 )
        decimalSeparator = lastComma > lastDot ? QLatin1Char( ',' ) : QLatin1Char( '.' );
      else if ( lastComma >= 0 )
        decimalSeparator = s.count( QLatin1Char( ',' ) ) == 1 ? QLatin1Char( ',' ) : QLatin1Char( '.' );
      else if ( lastDot >= 0 && s.count( QLatin1Char( '.' ) ) > 1 )
        decimalSeparator = QLatin1Char( ',' ); // "1.234.567": dots are thousands separators
      const QChar thousands = decimalSeparator == QLatin1Char( '.' ) ? QLatin1Char( ',' ) : QLatin1Char( '.' );
      s.remove( thousands );
      Decimal d;
      bool digits = false;
      bool point = false;
      for ( const QChar c : s )
      {
        if ( c.isDigit() && c.unicode() < 128 )
        {
          if ( d.mantissa > ( INT64_MAX - 9 ) / 10 || d.decimals >= 6 )
            return std::nullopt;
          d.mantissa = d.mantissa * 10 + ( c.unicode() - '0' );
          digits = true;
          if ( point )
            ++d.decimals;
        }
        else if ( c == decimalSeparator && !point )
          point = true;
        else
          return std::nullopt;
      }
      if ( !digits )
        return std::nullopt;
      return d;
    }

    std::int64_t power10( int k )
    {
      std::int64_t p = 1;
      while ( k-- > 0 )
        p *= 10;
      return p;
    }

    bool scaleTo( const Decimal &d, int decimals, std::int64_t &out )
    {
      std::int64_t v = d.mantissa;
      for ( int k = d.decimals; k < decimals; ++k )
      {
        if ( v > INT64_MAX / 10 )
          return false;
        v *= 10;
      }
      out = v;
      return true;
    }

    void setMeta( Election &e, const std::string &key, const std::string &value )
    {
      for ( auto &entry : e.meta )
      {
        if ( entry.first == key )
        {
          entry.second = value;
          return;
        }
      }
      e.meta.emplace_back( key, value );
    }

    //! Rewrites the PROJECTS "votes" column (ballots plus paper counts) and META num_votes.
    void refreshCounts( Election &e )
    {
      std::vector<std::int64_t> votes = e.paperVotes();
      votes.resize( e.projects.size(), 0 );
      for ( const int p : e.ballotProjects )
        ++votes[static_cast<size_t>( p )];
      const int column = e.projectColumn( "votes" );
      for ( size_t p = 0; p < e.projects.size(); ++p )
        e.projects[p].cells[static_cast<size_t>( column )] = std::to_string( votes[p] );
      setMeta( e, "num_votes", std::to_string( e.voterCount() ) );
    }

    //! Splits a list of project ids on ',', ';', '|' or the characters of \a extra.
    QStringList splitList( const QString &cell )
    {
      static const QRegularExpression separators( QStringLiteral( "[,;|]" ) );
      QStringList items;
      for ( const QString &item : cell.split( separators ) )
      {
        const QString t = item.trimmed();
        if ( !t.isEmpty() )
          items.append( t );
      }
      return items;
    }

    //! Personal voter columns kept (aggregated display only), with their Pabulib names.
    std::vector<std::pair<int, std::string>> personalColumns( const QStringList &header )
    {
      std::vector<std::pair<int, std::string>> found;
      const std::pair<std::string, QStringList> fields[] = {
          { "age", { QStringLiteral( "age" ) } },
          { "sex", { QStringLiteral( "sex" ), QStringLiteral( "sexe" ), QStringLiteral( "gender" ), QStringLiteral( "genre" ) } },
          { "neighborhood",
            { QStringLiteral( "neighborhood" ), QStringLiteral( "neighbourhood" ), QStringLiteral( "quartier_residence" ),
              QStringLiteral( "quartier" ) } },
      };
      for ( const auto &field : fields )
      {
        const int c = findColumn( header, field.second );
        if ( c >= 0 )
          found.emplace_back( c, field.first );
      }
      return found;
    }
  } // namespace

  bool CsvImporter::readFile( const QString &path, QByteArray &data, QString *errorMessage )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1: cannot open: %2" )
                                     .arg( QDir::toNativeSeparators( path ), file.errorString() ) );
    data = file.readAll();
    return true;
  }

  bool CsvImporter::importProjects( const QByteArray &data, const QString &sourceName, const QString &budgetText, Election &election,
                                    QString *errorMessage )
  {
    Table t;
    if ( !parseTable( data, sourceName, t, errorMessage ) )
      return false;
    const int idColumn = findColumn( t.header, idAliases() );
    if ( idColumn < 0 )
      return fail( errorMessage, missingColumn( t, QCoreApplication::translate( "vigie::budget", "the project id" ), idAliases() ) );
    const int costColumn = findColumn( t.header, costAliases() );
    if ( costColumn < 0 )
      return fail( errorMessage, missingColumn( t, QCoreApplication::translate( "vigie::budget", "the project cost" ), costAliases() ) );
    const int titleColumn = findColumn( t.header, titleAliases() );
    const int categoryColumn = findColumn( t.header, categoryAliases() );
    const int districtColumn = findColumn( t.header, districtAliases() );

    const std::optional<Decimal> budget = parseAmount( budgetText );
    if ( !budget )
      return fail( errorMessage,
                   QCoreApplication::translate( "vigie::budget", "bad budget \"%1\": a positive amount is needed" ).arg( budgetText ) );

    Election e;
    e.sourceName = sourceName;
    e.projectColumns = { "project_id", "cost", "votes", "name", "category", "district" };
    std::vector<Decimal> costs;
    QHash<QString, int> seen;
    int decimals = budget->decimals;
    for ( const Record &r : t.rows )
    {
      const QString id = r.cells.value( idColumn ).trimmed();
      if ( id.isEmpty() )
        return fail( errorMessage, cellError( t, r, idColumn, QCoreApplication::translate( "vigie::budget", "empty project id" ) ) );
      if ( seen.contains( id ) )
        return fail( errorMessage,
                     cellError( t, r, idColumn,
                                QCoreApplication::translate( "vigie::budget", "duplicate project id \"%1\" (first on line %2)" )
                                    .arg( id )
                                    .arg( seen.value( id ) ) ) );
      seen.insert( id, r.line );
      const QString costText = r.cells.value( costColumn );
      const std::optional<Decimal> cost = parseAmount( costText );
      if ( !cost )
        return fail( errorMessage,
                     cellError( t, r, costColumn,
                                QCoreApplication::translate( "vigie::budget", "bad number \"%1\" for the cost of project \"%2\"" )
                                    .arg( costText.trimmed(), id ) ) );
      decimals = std::max( decimals, cost->decimals );
      costs.push_back( *cost );
      Project p;
      p.id = id.toStdString();
      // text cells on one line (simplified): a .pb row holds no line break
      p.line = r.line;
      p.cells = { p.id,
                  std::string(),
                  std::string( "0" ),
                  r.cells.value( titleColumn ).simplified().toStdString(),
                  r.cells.value( categoryColumn ).simplified().toStdString(),
                  r.cells.value( districtColumn ).simplified().toStdString() };
      e.projects.push_back( p );
    }
    e.costScale = power10( decimals );
    if ( !scaleTo( *budget, decimals, e.budget ) )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "bad budget \"%1\": too large" ).arg( budgetText ) );
    for ( size_t p = 0; p < e.projects.size(); ++p )
    {
      if ( !scaleTo( costs[p], decimals, e.projects[p].cost ) )
        return fail(
            errorMessage,
            QCoreApplication::translate( "vigie::budget", "%1: cost too large" ).arg( location( sourceName, e.projects[p].line ) ) );
      e.projects[p].cells[1] = e.formatMoney( e.projects[p].cost ).toStdString();
    }
    e.meta = { { "description", QStringLiteral( "imported from %1" ).arg( QFileInfo( sourceName ).fileName() ).toStdString() },
               { "num_projects", std::to_string( e.projects.size() ) },
               { "num_votes", "0" },
               { "budget", e.formatMoney( e.budget ).toStdString() },
               { "vote_type", "approval" } };
    e.voteColumns = { "voter_id", "vote" };
    e.ballotStart = { 0 };
    election = std::move( e );
    return true;
  }

  bool CsvImporter::importVotes( const QByteArray &data, const QString &sourceName, const QByteArray &pseudonymKey, Election &election,
                                 QString *errorMessage )
  {
    if ( pseudonymKey.isEmpty() )
      return fail( errorMessage,
                   QCoreApplication::translate( "vigie::budget", "%1: no pseudonymisation key: voter ids are never imported in clear" )
                       .arg( QDir::toNativeSeparators( sourceName ) ) );
    Table t;
    if ( !parseTable( data, sourceName, t, errorMessage ) )
      return false;
    const int voterColumn = findColumn( t.header, voterAliases() );
    if ( voterColumn < 0 )
      return fail( errorMessage, missingColumn( t, QCoreApplication::translate( "vigie::budget", "the voter id" ), voterAliases() ) );
    const int projectColumn = findColumn( t.header, projectAliases() );
    const int listColumn = projectColumn < 0 ? findColumn( t.header, listAliases() ) : -1;
    if ( projectColumn < 0 && listColumn < 0 )
      return fail( errorMessage, missingColumn( t, QCoreApplication::translate( "vigie::budget", "the voted projects" ),
                                                projectAliases() + listAliases() ) );
    // points (cumulative or scoring ballots) or ranks (ordinal ballots): one row per voter x project
    const int pointsColumn = projectColumn >= 0 ? findColumn( t.header, pointsAliases() ) : -1;
    const int rankColumn = projectColumn >= 0 && pointsColumn < 0 ? findColumn( t.header, rankAliases() ) : -1;
    VoteType type = VoteType::Approval;
    if ( pointsColumn >= 0 )
    {
      // "score"/"note"/"grade": each project scored on its own; "points": points shared out
      const QString name = normalized( t.header.value( pointsColumn ) );
      type = name == QLatin1String( "score" ) || name == QLatin1String( "note" ) || name == QLatin1String( "grade" ) ? VoteType::Scoring
                                                                                                                   : VoteType::Cumulative;
    }
    else if ( rankColumn >= 0 )
      type = VoteType::Ordinal;
    if ( election.voterCount() > 0 && election.voteType != type )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1: these are %2 votes, but the vote already holds %3 ballots" )
                                     .arg( QDir::toNativeSeparators( sourceName ), voteTypeName( type ), voteTypeName( election.voteType ) ) );
    if ( election.voterCount() == 0 && election.hasPaperVotes() && type != VoteType::Approval )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1: paper counts are approvals: %2 votes cannot be added to them" )
                                     .arg( QDir::toNativeSeparators( sourceName ), voteTypeName( type ) ) );
    const auto personal = personalColumns( t.header );

    Election e = election;
    e.voteType = type;
    setMeta( e, "vote_type", voteTypeName( type ).toStdString() );
    if ( e.hasPoints() && std::find( e.voteColumns.begin(), e.voteColumns.end(), std::string( "points" ) ) == e.voteColumns.end() )
    {
      auto vote = std::find( e.voteColumns.begin(), e.voteColumns.end(), std::string( "vote" ) );
      e.voteColumns.insert( vote == e.voteColumns.end() ? vote : vote + 1, std::string( "points" ) );
    }
    if ( e.ballotStart.empty() )
      e.ballotStart.push_back( 0 );
    for ( const auto &field : personal )
    {
      if ( e.extraColumn( field.second ) < 0 )
      {
        // a new voter field: existing ballots get an empty cell
        std::vector<std::string> cells;
        const size_t oldWidth = e.extraColumns.size();
        for ( int v = 0; v < e.voterCount(); ++v )
        {
          for ( size_t k = 0; k < oldWidth; ++k )
            cells.push_back( e.extraCells[static_cast<size_t>( v ) * oldWidth + k] );
          cells.emplace_back();
        }
        e.extraCells = std::move( cells );
        e.extraColumns.push_back( field.second );
        e.voteColumns.push_back( field.second );
      }
    }
    std::map<std::string, int> existing;
    for ( int v = 0; v < e.voterCount(); ++v )
      existing.emplace( e.voterIds[static_cast<size_t>( v )], v );

    // ballots in the order voters first appear; long format gathers the rows of one voter
    struct Ballot
    {
      std::string pseudonym;
      int line = 0;
      std::vector<int> projects;
      std::vector<std::int64_t> values; // points, or ranks until sorted
      std::vector<int> valueLines;
      std::vector<std::string> fields;
    };
    std::vector<Ballot> ballots;
    std::map<std::string, size_t> index;
    for ( const Record &r : t.rows )
    {
      const QString voter = r.cells.value( voterColumn ).trimmed();
      if ( voter.isEmpty() )
        return fail( errorMessage, cellError( t, r, voterColumn, QCoreApplication::translate( "vigie::budget", "empty voter id" ) ) );
      const std::string id = pseudonym( pseudonymKey, voter.toUtf8() ).toStdString();
      if ( existing.count( id ) )
        return fail( errorMessage,
                     cellError( t, r, voterColumn, QCoreApplication::translate( "vigie::budget", "this voter already has a ballot" ) ) );
      auto found = index.find( id );
      if ( found != index.end() && listColumn >= 0 )
        return fail(
            errorMessage,
            cellError(
                t, r, voterColumn,
                QCoreApplication::translate( "vigie::budget", "duplicate voter (first on line %1)" ).arg( ballots[found->second].line ) ) );
      if ( found == index.end() )
      {
        found = index.emplace( id, ballots.size() ).first;
        Ballot b;
        b.pseudonym = id;
        b.line = r.line;
        for ( const auto &field : personal )
          b.fields.push_back( r.cells.value( field.first ).trimmed().toStdString() );
        ballots.push_back( std::move( b ) );
      }
      Ballot &ballot = ballots[found->second];
      const int column = projectColumn >= 0 ? projectColumn : listColumn;
      const QStringList ids =
          projectColumn >= 0 ? QStringList{ r.cells.value( projectColumn ).trimmed() } : splitList( r.cells.value( listColumn ) );
      for ( const QString &projectId : ids )
      {
        if ( projectId.isEmpty() )
          return fail( errorMessage, cellError( t, r, column, QCoreApplication::translate( "vigie::budget", "empty project id" ) ) );
        const int p = e.projectIndex( projectId.toStdString() );
        if ( p < 0 )
          return fail( errorMessage,
                       cellError( t, r, column,
                                  QCoreApplication::translate( "vigie::budget", "vote for unknown project \"%1\"" ).arg( projectId ) ) );
        if ( std::find( ballot.projects.begin(), ballot.projects.end(), p ) != ballot.projects.end() )
          return fail(
              errorMessage,
              cellError( t, r, column,
                         QCoreApplication::translate( "vigie::budget", "project \"%1\" appears twice in the ballot" ).arg( projectId ) ) );
        ballot.projects.push_back( p );
        if ( pointsColumn >= 0 || rankColumn >= 0 )
        {
          const int valueColumn = pointsColumn >= 0 ? pointsColumn : rankColumn;
          const QString text = r.cells.value( valueColumn ).trimmed();
          bool ok = false;
          const qlonglong value = text.toLongLong( &ok );
          if ( !ok || value < ( pointsColumn >= 0 ? 0 : 1 ) || value > ( qlonglong( 1 ) << 40 ) )
            return fail( errorMessage,
                         cellError( t, r, valueColumn,
                                    pointsColumn >= 0
                                        ? QCoreApplication::translate( "vigie::budget", "\"%1\" is not a number of points (a whole number, 0 or more)" ).arg( text )
                                        : QCoreApplication::translate( "vigie::budget", "\"%1\" is not a rank (a whole number, 1 or more)" ).arg( text ) ) );
          if ( rankColumn >= 0 )
          {
            for ( size_t k = 0; k < ballot.values.size(); ++k )
            {
              if ( ballot.values[k] == value )
                return fail( errorMessage, cellError( t, r, valueColumn,
                                                      QCoreApplication::translate( "vigie::budget", "rank %1 given twice by this voter (first on line %2)" )
                                                          .arg( value )
                                                          .arg( ballot.valueLines[k] ) ) );
            }
          }
          ballot.values.push_back( pointsColumn >= 0 ? value * e.pointsScale : value );
          ballot.valueLines.push_back( r.line );
        }
      }
    }
    const size_t width = e.extraColumns.size();
    for ( Ballot &b : ballots )
    {
      if ( rankColumn >= 0 )
      {
        // ordinal ballots list the projects most preferred first (gaps in the ranks are allowed)
        std::vector<size_t> order( b.projects.size() );
        for ( size_t k = 0; k < order.size(); ++k )
          order[k] = k;
        std::sort( order.begin(), order.end(), [&]( size_t x, size_t y ) { return b.values[x] < b.values[y]; } );
        std::vector<int> sorted;
        for ( const size_t k : order )
          sorted.push_back( b.projects[k] );
        b.projects = std::move( sorted );
        b.values.clear();
      }
      e.addBallot( b.pseudonym, b.projects, b.values );
      e.voterLines.back() = b.line;
      for ( size_t k = 0; k < personal.size(); ++k )
      {
        const int c = e.extraColumn( personal[k].second );
        e.extraCells[( e.voterIds.size() - 1 ) * width + static_cast<size_t>( c )] = b.fields[k];
      }
    }
    setMeta( e, "voter_id_pseudonymisation", "hmac-sha256" );
    refreshCounts( e );
    election = std::move( e );
    return true;
  }

  bool CsvImporter::mergePaper( const QByteArray &data, const QString &sourceName, Election &election, PaperKind *kind,
                                QString *errorMessage )
  {
    Table t;
    if ( !parseTable( data, sourceName, t, errorMessage ) )
      return false;
    if ( election.voteType != VoteType::Approval )
      return fail( errorMessage, QCoreApplication::translate( "vigie::budget", "%1: paper votes can only be merged into approval votes" )
                                     .arg( QDir::toNativeSeparators( sourceName ) ) );
    const int projectColumn = findColumn( t.header, projectAliases() );
    const int countColumn = projectColumn >= 0 ? findColumn( t.header, countAliases() ) : -1;
    const int listColumn = projectColumn < 0 ? findColumn( t.header, listAliases() ) : -1;
    if ( projectColumn >= 0 && countColumn < 0 )
      return fail( errorMessage,
                   missingColumn( t, QCoreApplication::translate( "vigie::budget", "the paper vote count" ), countAliases() ) );
    if ( projectColumn < 0 && listColumn < 0 )
      return fail( errorMessage,
                   missingColumn( t,
                                  QCoreApplication::translate( "vigie::budget", "the project id and vote count, or the ballot's projects" ),
                                  projectAliases() + listAliases() ) );
    Election e = election;
    if ( e.ballotStart.empty() )
      e.ballotStart.push_back( 0 );
    if ( projectColumn >= 0 )
    {
      if ( !e.hasPaperVotes() )
      {
        e.projectColumns.push_back( "paper_votes" );
        for ( Project &p : e.projects )
          p.cells.resize( e.projectColumns.size(), std::string( "0" ) );
      }
      std::vector<std::int64_t> paper = e.paperVotes();
      std::map<int, int> seen;
      for ( const Record &r : t.rows )
      {
        const QString id = r.cells.value( projectColumn ).trimmed();
        const int p = e.projectIndex( id.toStdString() );
        if ( p < 0 )
          return fail( errorMessage, cellError( t, r, projectColumn,
                                                QCoreApplication::translate( "vigie::budget", "unknown project \"%1\"" ).arg( id ) ) );
        if ( seen.count( p ) )
          return fail( errorMessage,
                       cellError( t, r, projectColumn,
                                  QCoreApplication::translate( "vigie::budget", "duplicate project id \"%1\" (first on line %2)" )
                                      .arg( id )
                                      .arg( seen[p] ) ) );
        seen[p] = r.line;
        const QString countText = r.cells.value( countColumn ).trimmed();
        bool ok = false;
        const qlonglong count = countText.toLongLong( &ok );
        if ( !ok || count < 0 || count > ( std::int64_t( 1 ) << 40 ) )
          return fail( errorMessage, cellError( t, r, countColumn,
                                                QCoreApplication::translate(
                                                    "vigie::budget", "bad number \"%1\": a vote count is a whole number, 0 or more" )
                                                    .arg( countText ) ) );
        paper[static_cast<size_t>( p )] += count;
      }
      const size_t column = static_cast<size_t>( e.projectColumn( "paper_votes" ) );
      for ( size_t p = 0; p < e.projects.size(); ++p )
        e.projects[p].cells[column] = std::to_string( paper[p] );
      if ( kind )
        *kind = PaperKind::Counts;
    }
    else
    {
      std::int64_t ballots = 0;
      for ( const auto &entry : e.meta )
      {
        if ( entry.first == "paper_ballots" )
          ballots = QString::fromStdString( entry.second ).toLongLong();
      }
      std::vector<std::vector<int>> added;
      std::vector<int> lines;
      for ( const Record &r : t.rows )
      {
        std::vector<int> projects;
        for ( const QString &id : splitList( r.cells.value( listColumn ) ) )
        {
          const int p = e.projectIndex( id.toStdString() );
          if ( p < 0 )
            return fail( errorMessage,
                         cellError( t, r, listColumn,
                                    QCoreApplication::translate( "vigie::budget", "vote for unknown project \"%1\"" ).arg( id ) ) );
          if ( std::find( projects.begin(), projects.end(), p ) != projects.end() )
            return fail(
                errorMessage,
                cellError( t, r, listColumn,
                           QCoreApplication::translate( "vigie::budget", "project \"%1\" appears twice in the ballot" ).arg( id ) ) );
          projects.push_back( p );
        }
        added.push_back( std::move( projects ) );
        lines.push_back( r.line );
      }
      for ( size_t b = 0; b < added.size(); ++b )
      {
        // anonymous: a running number, which cannot collide with the 32-hex-digit pseudonyms
        e.addBallot( "paper-" + std::to_string( ++ballots ), added[b] );
        e.voterLines.back() = lines[b];
      }
      setMeta( e, "paper_ballots", std::to_string( ballots ) );
      if ( kind )
        *kind = PaperKind::Ballots;
    }
    refreshCounts( e );
    election = std::move( e );
    return true;
  }
} // namespace vigie::budget
