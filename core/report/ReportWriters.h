#pragma once

#include "report/ReportWriter.h"

#include <QCoreApplication>

namespace Armlift {

// `file:line:col: severity: message [ID]`, one finding per line (the compiler format editors parse).
class TextReportWriter final : public ReportWriter
{
public:
    QByteArray write(const ScanResult &result, const ReportContext &context) const override;
};

// The stable JSON format of DESIGN.md ("Formats"): exactly its keys, nothing more.
class JsonReportWriter final : public ReportWriter
{
public:
    QByteArray write(const ScanResult &result, const ReportContext &context) const override;
};

// SARIF 2.1.0 with the rule catalogue, help URIs and fixes (GitHub code scanning, VS Code).
class SarifReportWriter final : public ReportWriter
{
public:
    QByteArray write(const ScanResult &result, const ReportContext &context) const override;
};

// A summary table by severity and one table row per finding (pull request comments).
class MarkdownReportWriter final : public ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::MarkdownReportWriter)

public:
    QByteArray write(const ScanResult &result, const ReportContext &context) const override;
    // Backslash-escapes what Markdown or a table cell would interpret; line breaks become <br>.
    static QString escape(const QString &text);
};

// One self-contained HTML page: inline CSS, no scripts, no external resources.
class HtmlReportWriter final : public ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::HtmlReportWriter)

public:
    QByteArray write(const ScanResult &result, const ReportContext &context) const override;
};

// RFC 4180: CRLF records, a header row, fields quoted when they hold a comma, quote or line break.
class CsvReportWriter final : public ReportWriter
{
public:
    QByteArray write(const ScanResult &result, const ReportContext &context) const override;
    static QString field(const QString &text);
};

} // namespace Armlift
