// SPDX-License-Identifier: GPL-2.0-or-later
#include "privacy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <map>

namespace vigie::budget
{
  QString pseudonym( const QByteArray &key, const QByteArray &voterId )
  {
    return QString::fromLatin1( QMessageAuthenticationCode::hash( voterId, key, QCryptographicHash::Sha256 ).left( 16 ).toHex() );
  }

  QString ageBand( const QString &age )
  {
    bool ok = false;
    const int years = age.trimmed().toInt( &ok );
    if ( !ok || years < 0 )
      return QString();
    if ( years < 18 )
      return QStringLiteral( "0-17" );
    if ( years < 30 )
      return QStringLiteral( "18-29" );
    if ( years < 45 )
      return QStringLiteral( "30-44" );
    if ( years < 60 )
      return QStringLiteral( "45-59" );
    if ( years < 75 )
      return QStringLiteral( "60-74" );
    return QStringLiteral( "75+" );
  }

  std::vector<VoterGroup> aggregateVoterField( const Election &e, const std::string &column, const std::vector<char> &funded,
                                               int minimumGroupSize )
  {
    const int index = e.extraColumn( column );
    if ( index < 0 )
      return {};
    const bool age = column == "age";
    const size_t width = e.extraColumns.size();
    std::map<QString, VoterGroup> groups;
    for ( int v = 0; v < e.voterCount(); ++v )
    {
      QString value = QString::fromStdString( e.extraCells[static_cast<size_t>( v ) * width + static_cast<size_t>( index )] ).trimmed();
      if ( age )
        value = ageBand( value );
      if ( value.isEmpty() )
        value = QCoreApplication::translate( "vigie::budget", "unknown" );
      VoterGroup &group = groups[value];
      group.value = value;
      ++group.voters;
      if ( !funded.empty() )
      {
        for ( int i = e.ballotStart[static_cast<size_t>( v )]; i < e.ballotStart[static_cast<size_t>( v ) + 1]; ++i )
        {
          if ( funded[static_cast<size_t>( e.ballotProjects[static_cast<size_t>( i )] )] )
          {
            ++group.votersWithFunded;
            break;
          }
        }
      }
    }
    std::vector<VoterGroup> result;
    VoterGroup other;
    other.value = QCoreApplication::translate( "vigie::budget", "other" );
    for ( const auto &entry : groups )
    {
      if ( entry.second.voters >= minimumGroupSize )
        result.push_back( entry.second );
      else
      {
        other.voters += entry.second.voters;
        other.votersWithFunded += entry.second.votersWithFunded;
      }
    }
    std::sort( result.begin(), result.end(),
               []( const VoterGroup &a, const VoterGroup &b )
               { return a.voters > b.voters || ( a.voters == b.voters && a.value < b.value ); } );
    // the merged group itself must not reveal a small group either: it is shown only when large enough
    if ( other.voters >= minimumGroupSize )
      result.push_back( other );
    else if ( other.voters > 0 && !result.empty() )
    {
      // fold it into the smallest shown group under "other" so totals stay right without exposing it
      VoterGroup &last = result.back();
      last.voters += other.voters;
      last.votersWithFunded += other.votersWithFunded;
      last.value = other.value;
    }
    return result;
  }
} // namespace vigie::budget
