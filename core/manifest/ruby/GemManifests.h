#pragma once

#include "model/SourceRange.h"
#include "text/TextDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Armlift {

// RubyGems versions and requirements ("~> 1.10.0", ">= 1.2, < 2").
namespace GemVersion {
// Compares 1.13.0, 1.13.0.alpha2 (a segment with letters is a pre-release: it sorts first).
int compare(const QString &a, const QString &b);
// Does the requirement list (each "op version") admit some version >= `version`?
bool allowsAtLeast(const QStringList &requirements, const QString &version);
} // namespace GemVersion

// `gem 'nokogiri', '~> 1.10.0', '>= 1.10.4'` in a Gemfile.
struct GemDeclaration
{
    QString name;
    QStringList requirements;        // as written inside the quotes
    QList<SourceRange> requirementRanges; // inside the quotes
    SourceRange range;               // the name argument, quotes included
    int line = 0;
    bool excludedPlatforms = false;  // `platforms: [:mingw, :x64_mingw]` and other non-Linux-only lines
};

struct Gemfile
{
    QString path;
    TextDocument document;
    QList<GemDeclaration> gems;

    static Gemfile parse(const QString &path, const QString &text);
    const GemDeclaration *gem(const QString &name) const;
};

// A resolved spec of Gemfile.lock: "    nokogiri (1.13.10-x86_64-linux)".
struct LockedGem
{
    QString name;
    QString version;                 // 1.13.10
    QString platform;                // x86_64-linux, aarch64-linux, arm64-darwin; empty for "ruby"
    SourceRange range;               // name through the closing parenthesis
    SourceRange versionRange;        // version and platform inside the parentheses
    QString section;                 // GEM, GIT, PATH
};

struct GemfileLock
{
    QString path;
    TextDocument document;
    QList<LockedGem> specs;
    QStringList platforms;           // the PLATFORMS section
    SourceRange platformsHeader;     // the "PLATFORMS" line
    int lastPlatformLine = 0;        // last line of the section (for an insertion)
    QString error;

    static GemfileLock parse(const QString &path, const QString &text);
    QList<const LockedGem *> find(const QString &name) const;
    bool hasPlatformSpecificGems() const;
};

} // namespace Armlift
