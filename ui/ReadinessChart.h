#pragma once

#include "report/MigrationSummary.h"
#include "scan/ScanResult.h"

#include <QWidget>

namespace Armlift {

// The readiness overview of the project, from the report module's MigrationSummary: one bar
// per rule category, split by severity, and a bar of fixable against manual findings. Painted
// with QPainter in the editor theme's severity colours; the same numbers are the tooltip and
// the accessible description, so a screen reader gets what the picture shows.
class ReadinessChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString category;
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int total() const { return errors + warnings + infos; }
        friend bool operator==(const Bar &, const Bar &) = default;
    };

    explicit ReadinessChart(QWidget *parent = nullptr);

    void setScan(const ScanResult &result);
    // Categories with findings, in catalogue order.
    const QList<Bar> &bars() const { return m_bars; }
    const ReadinessRow &total() const { return m_total; }
    const QList<ReadinessRow> &files() const { return m_files; }
    int readyFiles() const;
    QString description() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QList<Bar> m_bars;
    ReadinessRow m_total;
    QList<ReadinessRow> m_files;
};

} // namespace Armlift
