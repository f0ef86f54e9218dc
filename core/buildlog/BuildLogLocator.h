#pragma once

#include "buildlog/BuildLog.h"
#include "dockerfile/Dockerfile.h"
#include "scan/ScanResult.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>

namespace Armlift {

class RuleRegistry;

// The Dockerfiles a build log is read against, parsed once and linted on demand.
class BuildLogProject
{
public:
    struct File
    {
        QString path;  // relative to root
        QString text;
        Dockerfile dockerfile;
    };

    // `root`: folder or Dockerfile; empty gives an empty project.
    BuildLogProject(const RuleRegistry &rules, const QString &root, const QHash<QString, QString> &overrides);

    const QString &root() const { return m_root; }
    const QList<File> &files() const { return m_files; }
    const QList<ScanError> &errors() const { return m_errors; }
    // The Dockerfile rules' findings for file `index` (cached).
    const QList<Finding> &lint(int index) const;
    // The file a `Dockerfile:N` excerpt names (`Dockerfile`, `docker/app.Dockerfile`), or -1.
    int fileNamed(const QString &name) const;

private:
    const RuleRegistry &m_rules;
    QString m_root;
    QList<File> m_files;
    QList<ScanError> m_errors;
    mutable QHash<int, QList<Finding>> m_lint;
};

namespace BuildLogLocate {

// The instruction whose text the log printed (`RUN pip install …`; BuildKit and the classic
// builder join continuations; a terminal may truncate the line); -1 when none matches.
int instruction(const Dockerfile &df, const QString &keyword, const QString &command, const QString &stage = {});
// The instruction on (or containing) 1-based `line`; -1 when none.
int instructionAtLine(const Dockerfile &df, int line);
// The FROM instruction of the stage holding instruction `index`.
int fromOf(const Dockerfile &df, int index);
// The FROM instruction whose image is `image` (registry prefixes, tag and digest tolerated).
int fromForImage(const Dockerfile &df, const QString &image);
// The instruction's source text with continuations joined and whitespace simplified.
QString instructionText(const Dockerfile &df, int index);
// The range of an instruction's first line.
SourceRange firstLine(const Dockerfile &df, int index);

} // namespace BuildLogLocate

} // namespace Armlift
