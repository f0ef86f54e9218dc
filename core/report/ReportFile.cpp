#include "report/ReportFile.h"

#include <QDir>
#include <QSaveFile>

namespace Armlift {

using namespace Qt::StringLiterals;

QString ReportFile::formatForPath(const QString &path)
{
    const QString name = path.toLower();
    if (name.endsWith(u".html"_s) || name.endsWith(u".htm"_s))
        return u"html"_s;
    if (name.endsWith(u".md"_s) || name.endsWith(u".markdown"_s))
        return u"markdown"_s;
    if (name.endsWith(u".sarif"_s) || name.endsWith(u".sarif.json"_s))
        return u"sarif"_s;
    if (name.endsWith(u".json"_s))
        return u"json"_s;
    if (name.endsWith(u".csv"_s))
        return u"csv"_s;
    if (name.endsWith(u".txt"_s))
        return u"text"_s;
    return {};
}

QString ReportFile::fileDialogFilter()
{
    return tr("HTML report (*.html *.htm)") + u";;"_s + tr("Markdown (*.md)") + u";;"_s
        + tr("SARIF for code scanning (*.sarif *.sarif.json)") + u";;"_s + tr("JSON (*.json)") + u";;"_s
        + tr("CSV (*.csv)") + u";;"_s + tr("Text (*.txt)");
}

bool ReportFile::save(const QString &path, const ScanResult &result, const ReportContext &context, QString *error)
{
    const QString format = formatForPath(path);
    const std::unique_ptr<ReportWriter> writer = ReportWriter::create(format);
    if (!writer) {
        *error = tr("%1: unknown report type; name the file .html, .md, .sarif, .json, .csv or .txt")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QByteArray bytes = writer->write(result, context);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1: cannot write the report: %2; choose another folder")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Armlift
