// SPDX-License-Identifier: GPL-2.0-or-later
// Test plugin for tst_pluginmanager: a plugin built for interface version 1 (before
// reviewSlides()), with the IID and metadata of that version: refused, never called.
#include <QObject>
#include <QtPlugin>

class InterfaceOnePlugin : public QObject
{
  Q_OBJECT
  Q_PLUGIN_METADATA( IID "fr.vigie.DomainPlugin/1" FILE "interface1.json" )
};

#include "interface1.moc"
