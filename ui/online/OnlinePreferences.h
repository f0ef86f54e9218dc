#pragma once

#include "online/OnlineSettings.h"

namespace Armlift::OnlinePreferences {

// The GUI's online-check settings in AppSettings (keys under "online/"). Only public things are
// kept there; registry passwords and tokens live in the keychain (StoredRegistryCredentials).
bool useNetwork();              // off: cache and knowledge base only (default on)
void setUseNetwork(bool on);
bool checkAfterScan();          // check online after every folder scan (default on; off with ARMLIFT_NO_USER_SETTINGS)
void setCheckAfterScan(bool on);
QString pypiUrl();              // the default when not set
void setPypiUrl(const QString &url);
QString goDlUrl();
void setGoDlUrl(const QString &url);
QStringList insecureRegistries();
void setInsecureRegistries(const QStringList &hostPorts);

// The settings above as the online checker takes them.
OnlineSettings settings();

} // namespace Armlift::OnlinePreferences
