#include "report/ReportWriter.h"

#include "report/ReportWriters.h"
#include "rules/RuleRegistry.h"

#include <QUrl>

namespace Armlift {

using namespace Qt::StringLiterals;

ReportContext ReportContext::fromRegistry(const RuleRegistry &registry)
{
    ReportContext context;
    context.toolVersion = QStringLiteral(ARMLIFT_VERSION);
    context.rules = registry.infos();
    for (const RuleInfo &info : std::as_const(context.rules)) {
        context.helpUris.insert(info.id, RuleRegistry::helpUri(info.id));
        const QString page = RuleRegistry::documentation(info.id);
        if (!page.isEmpty())
            context.documentation.insert(info.id, page);
    }
    return context;
}

const RuleInfo *ReportContext::rule(const QString &id) const
{
    for (const RuleInfo &info : rules) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

std::unique_ptr<ReportWriter> ReportWriter::create(const QString &format)
{
    const QString f = format.trimmed().toLower();
    if (f == u"text"_s)
        return std::make_unique<TextReportWriter>();
    if (f == u"json"_s)
        return std::make_unique<JsonReportWriter>();
    if (f == u"sarif"_s)
        return std::make_unique<SarifReportWriter>();
    if (f == u"markdown"_s || f == u"md"_s)
        return std::make_unique<MarkdownReportWriter>();
    if (f == u"html"_s)
        return std::make_unique<HtmlReportWriter>();
    if (f == u"csv"_s)
        return std::make_unique<CsvReportWriter>();
    return nullptr;
}

QStringList ReportWriter::formats()
{
    return {u"text"_s, u"json"_s, u"sarif"_s, u"markdown"_s, u"html"_s, u"csv"_s};
}

QString ReportWriter::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: return tr("Info");
    }
    return tr("Error");
}

bool ReportWriter::isWebLink(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
}

} // namespace Armlift
