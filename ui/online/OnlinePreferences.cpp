#include "online/OnlinePreferences.h"

#include "AppSettings.h"

using namespace Qt::StringLiterals;

namespace Armlift::OnlinePreferences {

bool useNetwork()
{
    return AppSettings::open()->value(u"online/useNetwork"_s, true).toBool();
}

void setUseNetwork(bool on)
{
    AppSettings::open()->setValue(u"online/useNetwork"_s, on);
}

bool checkAfterScan()
{
    // On by default, as users expect current answers; a throw-away profile
    // (ARMLIFT_NO_USER_SETTINGS: tests, screenshots) stays offline unless told, so nothing there
    // reaches the network by accident.
    const bool fallback = !qEnvironmentVariableIsSet("ARMLIFT_NO_USER_SETTINGS");
    return AppSettings::open()->value(u"online/checkAfterScan"_s, fallback).toBool();
}

void setCheckAfterScan(bool on)
{
    AppSettings::open()->setValue(u"online/checkAfterScan"_s, on);
}

QString pypiUrl()
{
    return AppSettings::open()->value(u"online/pypiUrl"_s, OnlineSettings().pypiUrl).toString();
}

void setPypiUrl(const QString &url)
{
    AppSettings::open()->setValue(u"online/pypiUrl"_s, url);
}

QString goDlUrl()
{
    return AppSettings::open()->value(u"online/goDlUrl"_s, OnlineSettings().goDlUrl).toString();
}

void setGoDlUrl(const QString &url)
{
    AppSettings::open()->setValue(u"online/goDlUrl"_s, url);
}

QStringList insecureRegistries()
{
    return AppSettings::open()->value(u"online/insecureRegistries"_s).toStringList();
}

void setInsecureRegistries(const QStringList &hostPorts)
{
    AppSettings::open()->setValue(u"online/insecureRegistries"_s, hostPorts);
}

OnlineSettings settings()
{
    OnlineSettings s;
    s.offline = !useNetwork();
    s.pypiUrl = pypiUrl();
    s.goDlUrl = goDlUrl();
    s.insecureRegistries = insecureRegistries();
    return s;
}

} // namespace Armlift::OnlinePreferences
