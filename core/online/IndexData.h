#pragma once

#include "online/WheelTags.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Armlift {

// The releases of a PyPI project (GET {pypi}/{name}/json, field "releases": version -> files).
struct PyPIProject
{
    struct Release
    {
        QString version;
        QStringList files;     // file names
        bool yanked = false;   // every file yanked
        bool preRelease = false;
        ReleaseWheels wheels;
    };

    QList<Release> releases;   // ascending by version

    static PyPIProject fromJson(const QJsonObject &json);
    const Release *release(const QString &version) const;
    // The lowest final, not yanked release >= `from` that has an aarch64 wheel for `target`.
    const Release *firstWithWheel(const QString &from, const PythonTarget &target) const;
    // Does any release have a platform-specific wheel? A project with none is pure Python
    // (or sdist only) and builds anywhere without a compiler.
    bool hasNativeWheels() const;
};

// go.dev's release list (GET {go-dl}/?mode=json&include=all).
struct GoReleases
{
    struct Release
    {
        QString version;      // "1.20.2"
        bool stable = false;
        QString amd64Sha256;  // linux-amd64 archive
        QString arm64Sha256;  // linux-arm64 archive
    };
    QHash<QString, Release> byVersion;

    static GoReleases fromJson(const QJsonArray &json);
    // The newest stable patch release of `version`'s minor ("1.20.2" -> "1.20.14"); empty when unknown.
    QString latestPatch(const QString &version) const;
};

} // namespace Armlift
