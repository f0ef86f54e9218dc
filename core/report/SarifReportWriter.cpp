#include "report/ReportWriters.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QString sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Error: return u"error"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Info: return u"note"_s;
    }
    return u"error"_s;
}

// Relative paths hang off SRCROOT (originalUriBaseIds); an absolute one (several scan roots
// given as absolute paths) becomes a file: URI of its own.
QJsonObject artifactLocation(const QString &path)
{
    if (QDir::isAbsolutePath(path))
        return {{u"uri"_s, QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)}};
    // Everything but unreserved characters and '/' is percent-encoded, so a colon in a file
    // name can never be read as a URI scheme.
    const QString uri = QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
    return {{u"uri"_s, uri}, {u"uriBaseId"_s, u"SRCROOT"_s}};
}

QJsonObject region(const SourceRange &r)
{
    QJsonObject o{{u"startLine"_s, r.line}, {u"startColumn"_s, r.column}};
    if (r.endLine > 0) {
        o.insert(u"endLine"_s, r.endLine);
        o.insert(u"endColumn"_s, r.endColumn);
    }
    return o;
}

// The first paragraph of a rule page after its title: SARIF's fullDescription.
QString firstParagraph(const QString &markdown)
{
    const QStringList blocks = markdown.split(u"\n\n"_s);
    for (const QString &block : blocks) {
        const QString b = block.trimmed();
        if (b.isEmpty() || b.startsWith(u'#') || b.startsWith(u"Severity:"_s) || b.startsWith(u"```"_s))
            continue;
        return b.simplified();
    }
    return {};
}

QJsonObject ruleDescriptor(const RuleInfo &info, const ReportContext &context)
{
    const QString uri = context.helpUri(info.id);
    const QString page = context.documentation.value(info.id);
    QString full = firstParagraph(page);
    if (full.isEmpty())
        full = info.summary;
    QString helpText = info.summary;
    if (!uri.isEmpty())
        helpText += u' ' + uri;
    QJsonObject help{{u"text"_s, helpText}, {u"markdown"_s, page.isEmpty() ? helpText : page}};
    QJsonObject rule{
        {u"id"_s, info.id},
        {u"name"_s, info.title},
        {u"shortDescription"_s, QJsonObject{{u"text"_s, info.summary}}},
        {u"fullDescription"_s, QJsonObject{{u"text"_s, full}}},
        {u"help"_s, help},
        {u"defaultConfiguration"_s, QJsonObject{{u"level"_s, sarifLevel(info.severity)}}},
    };
    if (!uri.isEmpty())
        rule.insert(u"helpUri"_s, uri);
    return rule;
}

QJsonArray sarifFixes(const Finding &f)
{
    QJsonArray fixes;
    for (const Fix &fix : f.fixes) {
        // SARIF groups replacements by artifact; keep the fix's file order.
        QStringList files;
        QHash<QString, QJsonArray> replacements;
        for (const TextEdit &e : fix.edits) {
            if (!replacements.contains(e.file))
                files.append(e.file);
            replacements[e.file].append(QJsonObject{
                {u"deletedRegion"_s, region(e.range)},
                {u"insertedContent"_s, QJsonObject{{u"text"_s, e.newText}}},
            });
        }
        QJsonArray changes;
        for (const QString &file : std::as_const(files))
            changes.append(QJsonObject{{u"artifactLocation"_s, artifactLocation(file)},
                                       {u"replacements"_s, replacements.value(file)}});
        fixes.append(QJsonObject{{u"description"_s, QJsonObject{{u"text"_s, fix.title}}},
                                 {u"artifactChanges"_s, changes}});
    }
    return fixes;
}

} // namespace

QByteArray SarifReportWriter::write(const ScanResult &result, const ReportContext &context) const
{
    QList<RuleInfo> rules = context.rules;
    QHash<QString, int> ruleIndex;
    for (qsizetype i = 0; i < rules.size(); ++i)
        ruleIndex.insert(rules.at(i).id, int(i));
    // A finding whose rule is not in the catalogue (a newer cache, a build log) still needs a
    // descriptor for ruleIndex to point at.
    for (const Finding &f : result.findings) {
        if (!ruleIndex.contains(f.ruleId)) {
            ruleIndex.insert(f.ruleId, int(rules.size()));
            rules.append(RuleInfo{f.ruleId, f.severity, f.ruleId, f.message});
        }
    }
    QJsonArray ruleArray;
    for (const RuleInfo &info : std::as_const(rules))
        ruleArray.append(ruleDescriptor(info, context));

    QJsonArray results;
    for (const Finding &f : result.findings) {
        QJsonObject physical{{u"artifactLocation"_s, artifactLocation(f.file)}, {u"region"_s, region(f.range)}};
        QJsonObject r{
            {u"ruleId"_s, f.ruleId},
            {u"ruleIndex"_s, ruleIndex.value(f.ruleId)},
            {u"level"_s, sarifLevel(f.severity)},
            {u"message"_s, QJsonObject{{u"text"_s, f.message}}},
            {u"locations"_s, QJsonArray{QJsonObject{{u"physicalLocation"_s, physical}}}},
        };
        if (!f.fixes.isEmpty())
            r.insert(u"fixes"_s, sarifFixes(f));
        if (!f.source.isEmpty())
            r.insert(u"properties"_s, QJsonObject{{u"source"_s, f.source}});
        results.append(r);
    }

    // Files that could not be read are tool notifications: the run still succeeded.
    QJsonArray notifications;
    for (const ScanError &e : result.errors) {
        QJsonObject physical{{u"artifactLocation"_s, artifactLocation(e.file)}};
        if (e.line > 0)
            physical.insert(u"region"_s, QJsonObject{{u"startLine"_s, e.line}});
        notifications.append(QJsonObject{
            {u"level"_s, u"error"_s},
            {u"message"_s, QJsonObject{{u"text"_s, e.message}}},
            {u"locations"_s, QJsonArray{QJsonObject{{u"physicalLocation"_s, physical}}}},
        });
    }

    QString rootUri = QUrl::fromLocalFile(result.root).toString(QUrl::FullyEncoded);
    if (!rootUri.endsWith(u'/'))
        rootUri += u'/'; // SARIF: a base URI must end with a slash

    QJsonObject driver{
        {u"name"_s, context.toolName},
        {u"version"_s, context.toolVersion},
        {u"informationUri"_s, context.informationUri},
        {u"rules"_s, ruleArray},
    };
    QJsonObject run{
        {u"tool"_s, QJsonObject{{u"driver"_s, driver}}},
        {u"originalUriBaseIds"_s, QJsonObject{{u"SRCROOT"_s, QJsonObject{{u"uri"_s, rootUri}}}}},
        {u"columnKind"_s, u"utf16CodeUnits"_s},
        {u"results"_s, results},
        {u"invocations"_s, QJsonArray{QJsonObject{{u"executionSuccessful"_s, !result.cancelled},
                                                  {u"toolExecutionNotifications"_s, notifications}}}},
    };
    QJsonObject log{
        {u"$schema"_s, u"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"_s},
        {u"version"_s, u"2.1.0"_s},
        {u"runs"_s, QJsonArray{run}},
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace Armlift
