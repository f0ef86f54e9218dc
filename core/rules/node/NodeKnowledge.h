#pragma once

#include "rules/node/BuildDeps.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Armlift {

class KnowledgeBase;

// The "npm" section of the knowledge base, read once when the Node rules are built.
struct NodeKnowledge
{
    // A package whose install step needs a linux-arm64 native binary (ARM701).
    struct NativeFact
    {
        QString name;
        bool allVersions = false;
        QString firstGood;       // bad below it; also the version a fix pins
        QString badThrough;      // bad at or below it
        QStringList badVersions;
        bool noPin = false;      // firstGood is a bound, not a confirmed good version to pin
        QString replacement;     // package to use instead
        QString replacementSpec;
        QString why;
        QString help;
        QList<BuildDepGroup> buildDeps;
        QString source;

        bool isBad(const QString &version) const;
        // Does the range keep every version bad (so it must change)?
        bool specBlocks(const QString &spec) const;
    };
    // Native code from platform optional dependencies (ARM702).
    struct PlatformFact
    {
        QString name;
        QString fromVersion;
        QStringList arm64Packages;
        QRegularExpression siblings;
        QString why;
        QString source;
    };
    struct Puppeteer
    {
        QString firstArm64Download;
        QStringList skipVariables;
        QString why, help, source;
        QString apt, apk, aptPath, apkPath;
    };
    struct Playwright
    {
        QStringList brandedChannels;
        QString why, help, source;
    };

    QList<NativeFact> native;
    QList<PlatformFact> platform;
    Puppeteer puppeteer;
    Playwright playwright;
    CompilerImages compilerImages;

    static NodeKnowledge load(const KnowledgeBase &kb);
};

} // namespace Armlift
