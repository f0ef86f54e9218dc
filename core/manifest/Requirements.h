#pragma once

#include "model/SourceRange.h"
#include "text/TextDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Armlift {

// One version clause: "==1.18.5", ">=1.2,<2", "~=1.4".
struct VersionClause
{
    QString op;      // ==, ===, !=, >=, <=, >, <, ~=
    QString version;

    // Does this clause leave room for `version` or a later release?
    bool allowsVersionAtLeast(const QString &version) const;
};

// A requirement such as `numpy[extra]==1.18.5 ; python_version < "3.9"`.
struct Requirement
{
    QString name;            // as written
    QString normalizedName;  // PEP 503: lower case, runs of -_. become -
    QStringList extras;
    QList<VersionClause> clauses;
    QString marker;          // environment marker, without the ';'
    SourceRange range;       // the whole requirement (name through version)
    SourceRange versionRange;// the specifier part; invalid when there is none
    QString file;            // the file it came from (relative to the scan root), or the Dockerfile

    // The exact pinned version (== or ===), or empty.
    QString pinnedVersion() const;
    // The highest version the clauses allow as an upper bound (== or <=, < exclusive), or empty.
    bool allowsVersionAtLeast(const QString &version) const;
};

struct RequirementsFile
{
    QString path;                // relative to the scan root
    TextDocument document;
    QList<Requirement> requirements;
    QStringList includes;        // -r / -c targets, resolved relative to this file, root-relative
    QList<int> includeLines;

    static RequirementsFile parse(const QString &path, const QString &text);
};

// Parses one requirement specifier (also used for `pip install 'numpy==1.18.5'` words).
// Returns false for options, URLs, paths and other things that are not a requirement.
bool parseRequirement(const QString &spec, Requirement *out, int *specifierStart = nullptr);
QString normalizePackageName(const QString &name);
// PEP 440-ish comparison, good enough for release versions: 1.18.5 < 1.19.0 < 1.19.0.post1.
int compareVersions(const QString &a, const QString &b);

struct GoMod
{
    QString path;
    TextDocument document;
    QString goVersion;        // the `go` directive
    SourceRange goRange;      // the version in the `go` line
    QString toolchain;        // `toolchain go1.21.3` -> "1.21.3"
    SourceRange toolchainRange;

    static GoMod parse(const QString &path, const QString &text);
};

} // namespace Armlift
