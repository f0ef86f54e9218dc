#pragma once

#include "rules/Rule.h"
#include "scan/ScanResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace Armlift {

class RuleRegistry;

// What a report needs besides the findings: the tool and the rule catalogue (SARIF lists
// every rule; HTML and Markdown link each finding to its rule page).
struct ReportContext
{
    QString toolName = QStringLiteral("armlift");
    QString toolVersion;
    QString informationUri = QStringLiteral("https://github.com/armlift/armlift");
    QList<RuleInfo> rules;
    QHash<QString, QString> helpUris;      // rule id -> published documentation page
    QHash<QString, QString> documentation; // rule id -> Markdown page (SARIF help.markdown)
    // The roots of a combined scan of several paths, as their files are prefixed: HTML and
    // Markdown then rank the repositories by migration effort. Empty for a single root.
    QStringList roots;

    // The rules, pages and URIs of `registry`, and this build's version.
    static ReportContext fromRegistry(const RuleRegistry &registry);

    const RuleInfo *rule(const QString &id) const;
    QString helpUri(const QString &id) const { return helpUris.value(id); }
};

// Turns a scan result into one report format. Writers are stateless; the bytes are UTF-8.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::ReportWriter)

public:
    virtual ~ReportWriter() = default;
    virtual QByteArray write(const ScanResult &result, const ReportContext &context) const = 0;

    // "text", "json", "sarif", "markdown", "html", "csv"; null for an unknown name.
    static std::unique_ptr<ReportWriter> create(const QString &format);
    static QStringList formats();

    // "Error", "Warning", "Info", translated (the stable names are severityName()).
    static QString severityLabel(Severity severity);
    // Only http(s) URIs become links in a report: a rule URI is data, not trusted markup.
    static bool isWebLink(const QString &uri);
};

} // namespace Armlift
