#pragma once

#include "model/SourceRange.h"
#include "text/TextDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Armlift {

// One entry of "dependencies", "devDependencies", "optionalDependencies" or
// "peerDependencies" of a package.json: "sharp": "^0.23.0".
struct NpmDependency
{
    QString name;
    QString spec;            // the range as written (unescaped)
    QString section;         // "dependencies", "devDependencies", …
    SourceRange range;       // the whole entry: key through value
    SourceRange specRange;   // inside the quotes of the value (what a fix replaces)
    int keyStart = 0;        // document offsets of the entry (for edits that replace it)
    int valueEnd = 0;
};

struct PackageJson
{
    QString path;
    TextDocument document;
    QString name;
    QList<NpmDependency> dependencies;
    QString error;           // a syntax error ("line N: …"); the lists are then empty

    static PackageJson parse(const QString &path, const QString &text);
    const NpmDependency *dependency(const QString &name) const; // production before dev
};

// A package a lockfile resolves, with where its entry is written.
struct LockedPackage
{
    QString name;
    QString version;
    SourceRange range;       // the entry's key/header (its first line)
    bool optional = false;
    QStringList os;          // package-lock "os"/"cpu" fields, when present
    QStringList cpu;
};

// package-lock.json / npm-shrinkwrap.json (lockfileVersion 1, 2, 3), yarn.lock (v1 and
// berry), pnpm-lock.yaml (v5 … v9).
struct NpmLockfile
{
    enum class Format { PackageLock, Yarn, Pnpm };
    QString path;
    Format format = Format::PackageLock;
    TextDocument document;
    int lockfileVersion = 0;
    QList<LockedPackage> packages;
    QString error;

    static NpmLockfile parse(const QString &path, const QString &text);
    static bool isLockfileName(const QString &fileName);
    QList<const LockedPackage *> find(const QString &name) const;
    bool contains(const QString &name) const;
};

namespace NpmLockText {
// Parsers for the text lockfiles (NpmTextLocks.cpp); they fill `lock.packages`.
void parseYarn(NpmLockfile &lock);
void parsePnpm(NpmLockfile &lock);
} // namespace NpmLockText

} // namespace Armlift
