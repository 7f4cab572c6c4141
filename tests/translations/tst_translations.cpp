// SPDX-License-Identifier: GPL-2.0-or-later
// The committed French and English .ts files are complete: lupdate run on today's sources
// finds no string that they lack, every message is translated, and the %1..%n placeholders
// of each translation match its source. The compiled .qm files load.

#include "vigietest.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

namespace
{
  struct Message
  {
    QString context;
    QString source;
    QString translation;
    QString type;
    bool numerus = false;
  };

  QList<Message> readTs( const QString &path, QString *error )
  {
    QList<Message> messages;
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      *error = QStringLiteral( "cannot open %1" ).arg( path );
      return messages;
    }
    QXmlStreamReader xml( &file );
    QString context;
    Message current;
    while ( !xml.atEnd() )
    {
      xml.readNext();
      if ( xml.isStartElement() )
      {
        const auto name = xml.name();
        if ( name == QLatin1String( "name" ) )
          context = xml.readElementText();
        else if ( name == QLatin1String( "message" ) )
        {
          current = Message();
          current.context = context;
          current.numerus = xml.attributes().value( QLatin1String( "numerus" ) ) == QLatin1String( "yes" );
        }
        else if ( name == QLatin1String( "source" ) )
          current.source = xml.readElementText();
        else if ( name == QLatin1String( "translation" ) )
        {
          current.type = xml.attributes().value( QLatin1String( "type" ) ).toString();
          current.translation = xml.readElementText( QXmlStreamReader::IncludeChildElements );
        }
      }
      else if ( xml.isEndElement() && xml.name() == QLatin1String( "message" ) )
        messages.append( current );
    }
    if ( xml.hasError() )
      *error = QStringLiteral( "%1:%2: %3" ).arg( path ).arg( xml.lineNumber() ).arg( xml.errorString() );
    return messages;
  }

  QSet<QString> placeholders( const QString &text )
  {
    static const QRegularExpression re( QStringLiteral( "%(\\d+|n)" ) );
    QSet<QString> result;
    auto it = re.globalMatch( text );
    while ( it.hasNext() )
      result.insert( it.next().captured( 0 ) );
    return result;
  }
} // namespace

class TestTranslations : public vigie::test::Test
{
    Q_OBJECT

  private Q_SLOTS:
    void complete_data()
    {
      QTest::addColumn<QString>( "language" );
      QTest::newRow( "French" ) << QStringLiteral( "fr" );
      QTest::newRow( "English" ) << QStringLiteral( "en" );
    }

    void complete()
    {
      QFETCH( QString, language );
      const QString committed = QStringLiteral( VIGIE_SOURCE_DIR "/translations/vigie_%1.ts" ).arg( language );
      QVERIFY2( QFile::exists( committed ), qPrintable( committed ) );

      // what lupdate extracts from the sources today
      const QString fresh = tempPath( QStringLiteral( "fresh_%1.ts" ).arg( language ) );
      QProcess lupdate;
      lupdate.setWorkingDirectory( QStringLiteral( VIGIE_SOURCE_DIR ) );
      lupdate.start( QStringLiteral( VIGIE_LUPDATE ),
                     { QStringLiteral( "-silent" ), QStringLiteral( "-locations" ), QStringLiteral( "none" ), QStringLiteral( "-extensions" ),
                       QStringLiteral( "cpp,h" ), QStringLiteral( "app" ), QStringLiteral( "modules" ), QStringLiteral( "plugins" ),
                       QStringLiteral( "-ts" ), fresh } );
      QVERIFY( lupdate.waitForFinished( 300000 ) );
      QCOMPARE( lupdate.exitCode(), 0 );

      QString error;
      const QList<Message> extracted = readTs( fresh, &error );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      QVERIFY2( extracted.size() > 50, "lupdate found suspiciously few strings" );
      const QList<Message> translated = readTs( committed, &error );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );

      QHash<QString, Message> byKey;
      for ( const Message &m : translated )
        byKey.insert( m.context + QLatin1Char( '\x1f' ) + m.source, m );

      QStringList problems;
      for ( const Message &m : extracted )
      {
        const auto it = byKey.constFind( m.context + QLatin1Char( '\x1f' ) + m.source );
        if ( it == byKey.constEnd() )
        {
          problems << QStringLiteral( "missing: [%1] %2" ).arg( m.context, m.source );
          continue;
        }
        if ( !it->type.isEmpty() || it->translation.isEmpty() )
        {
          problems << QStringLiteral( "not translated: [%1] %2" ).arg( m.context, m.source );
          continue;
        }
        if ( !it->numerus && placeholders( it->source ) != placeholders( it->translation ) )
          problems << QStringLiteral( "placeholders differ: [%1] %2 -> %3" ).arg( m.context, m.source, it->translation );
      }
      QVERIFY2( problems.isEmpty(), qPrintable( QStringLiteral( "%1 problem(s) in %2:\n" ).arg( problems.size() ).arg( committed ) +
                                                  problems.mid( 0, 40 ).join( QLatin1Char( '\n' ) ) ) );
    }

    void frenchLoads()
    {
      QTranslator translator;
      QVERIFY( translator.load( QStringLiteral( "vigie_fr" ), QStringLiteral( VIGIE_QM_DIR ) ) );
      QVERIFY( !translator.isEmpty() );
    }
};

QTEST_GUILESS_MAIN( TestTranslations )
#include "tst_translations.moc"
