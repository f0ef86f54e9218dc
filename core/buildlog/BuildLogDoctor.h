#pragma once

#include "buildlog/BuildLog.h"
#include "buildlog/BuildLogSignatures.h"
#include "scan/ScanResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Armlift {

class RuleRegistry;

struct BuildLogDiagnosis
{
    QList<Finding> findings;      // source "build-log", sorted by file and line
    QStringList signatures;       // per finding: the id of the signature that explained it
    QStringList dockerfiles;      // the Dockerfiles consulted, relative to `root`
    QString root;                 // absolute folder the Dockerfile paths are relative to
    QList<ScanError> errors;      // Dockerfiles that could not be read
    QStringList lastErrorLines;   // the log's last error lines (for an unknown log)
    BuildLog::Format format = BuildLog::Format::Unknown;

    bool recognised() const { return !findings.isEmpty(); }
    // As a scan result, for the report writers (files: the Dockerfiles that findings name).
    ScanResult toScanResult() const;
};

// Explains a failed arm64 build from its log: recognises the failure signatures of the
// knowledge base, names the catalogue rule, and points at the Dockerfile line (from
// BuildKit's `Dockerfile:N` excerpt, or by matching the failing step against the
// Dockerfile). Where the Dockerfile's own rules find the cause, their finding's location
// and quick fixes are used. Thread-safe (const; the bundled data is immutable).
class BuildLogDoctor
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::BuildLogDoctor)

public:
    explicit BuildLogDoctor(const RuleRegistry &rules);
    BuildLogDoctor(); // the bundled rules and knowledge base

    // `root`: a folder (its Dockerfiles are searched) or one Dockerfile; empty: the log alone.
    // `logName` names the log in findings whose Dockerfile line is unknown.
    // `overrides`: unsaved Dockerfile texts by path relative to the root (the editor's).
    BuildLogDiagnosis diagnose(const QString &logText, const QString &logName, const QString &root = {},
                               const QHash<QString, QString> &overrides = {}) const;

    const BuildLogSignatures &signatures() const { return m_signatures; }

private:
    const RuleRegistry &m_rules;
    BuildLogSignatures m_signatures;
};

} // namespace Armlift
