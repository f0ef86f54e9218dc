#include "report/ReportWriters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

void putRange(QJsonObject &o, const SourceRange &r)
{
    o.insert(u"line"_s, r.line);
    o.insert(u"column"_s, r.column);
    o.insert(u"endLine"_s, r.endLine);
    o.insert(u"endColumn"_s, r.endColumn);
}

QJsonObject findingObject(const Finding &f)
{
    QJsonObject o;
    o.insert(u"rule"_s, f.ruleId);
    o.insert(u"severity"_s, severityName(f.severity));
    o.insert(u"file"_s, f.file);
    putRange(o, f.range);
    o.insert(u"message"_s, f.message);
    o.insert(u"help"_s, f.help);
    o.insert(u"source"_s, f.source);
    QJsonArray fixes;
    for (const Fix &fix : f.fixes) {
        QJsonArray edits;
        for (const TextEdit &e : fix.edits) {
            QJsonObject eo;
            eo.insert(u"file"_s, e.file);
            putRange(eo, e.range);
            eo.insert(u"newText"_s, e.newText);
            edits.append(eo);
        }
        fixes.append(QJsonObject{{u"title"_s, fix.title}, {u"edits"_s, edits}});
    }
    o.insert(u"fixes"_s, fixes);
    return o;
}

} // namespace

QByteArray JsonReportWriter::write(const ScanResult &result, const ReportContext &context) const
{
    QJsonObject root;
    root.insert(u"tool"_s, QJsonObject{{u"name"_s, context.toolName}, {u"version"_s, context.toolVersion}});
    root.insert(u"root"_s, result.root);
    QJsonArray files;
    for (const ScannedFile &f : result.files)
        files.append(QJsonObject{{u"path"_s, f.path}, {u"kind"_s, f.kind}});
    root.insert(u"files"_s, files);
    QJsonArray findings;
    for (const Finding &f : result.findings)
        findings.append(findingObject(f));
    root.insert(u"findings"_s, findings);
    QJsonArray errors;
    for (const ScanError &e : result.errors)
        errors.append(QJsonObject{{u"file"_s, e.file}, {u"line"_s, e.line}, {u"message"_s, e.message}});
    root.insert(u"errors"_s, errors);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Armlift
