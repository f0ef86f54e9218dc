#pragma once

#include "manifest/Requirements.h"
#include "model/Finding.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <memory>

namespace Armlift {

// The manifests of a scanned tree, read on first use and cached. Paths are relative to
// the root and '/'-separated; nothing outside the root is ever read (symlinks included).
class ProjectFiles
{
public:
    explicit ProjectFiles(QString root);

    const QString &root() const { return m_root; }
    // Null when the file is missing, outside the root, binary or too big (recorded in errors()).
    const RequirementsFile *requirements(const QString &relativePath) const;
    const GoMod *goMod(const QString &relativePath) const;
    bool isFile(const QString &relativePath) const;
    // Reads a text file below the root; false with a message naming the file on failure.
    bool readText(const QString &relativePath, QString *text, QString *error) const;
    QList<ScanError> errors() const;
    // Files read through this object, with their kind ("requirements", "gomod", "package.json" …).
    QList<QPair<QString, QString>> usedFiles() const;
    // For manifests a rule reads itself with readText (package.json, Gemfile.lock): adds the file
    // to usedFiles() once, and a problem with it to errors().
    void noteUsed(const QString &relativePath, const QString &kind) const;
    void addError(const ScanError &error) const;

    // Overrides the disk content of a file (the editor's unsaved text).
    void setOverride(const QString &relativePath, const QString &text);

    static QString normalize(const QString &path); // "a/./b/../c" -> "a/c"; empty when it leaves the root

private:
    QString m_root;
    mutable QMutex m_mutex;
    mutable QHash<QString, std::shared_ptr<RequirementsFile>> m_requirements;
    mutable QHash<QString, std::shared_ptr<GoMod>> m_goMods;
    mutable QList<ScanError> m_errors;
    mutable QList<QPair<QString, QString>> m_used;
    QHash<QString, QString> m_overrides;
};

} // namespace Armlift
