#include "WorkshopPanel.h"

#include "EditorTheme.h"
#include "scan/ProjectScanner.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>

#include <algorithm>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Armlift {

WorkshopPanel::WorkshopPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_readme(new QTextBrowser(this))
{
    m_list->setAccessibleName(tr("Workshop cases"));
    m_readme->setAccessibleName(tr("Case explanation"));
    m_readme->setOpenExternalLinks(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_readme);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, &WorkshopPanel::showCase);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_cases.size() && !m_cases.at(row).dockerfile.isEmpty())
            Q_EMIT openRequested(m_cases.at(row).dockerfile);
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
}

namespace {

// Compares runs of digits by value and everything else case-insensitively.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const qulonglong x = a.mid(i, ei - i).toULongLong();
            const qulonglong y = b.mid(j, ej - j).toULongLong();
            if (x != y)
                return x < y;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

QList<WorkshopPanel::Case> WorkshopPanel::findCases(const QString &root)
{
    static const QRegularExpression heading(u"^#\\s+(.+)$"_s, QRegularExpression::MultilineOption);
    QList<Case> cases;
    const QDir dir(root);
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        QFile readme(dir.filePath(folder + u"/README.md"_s));
        if (!readme.open(QIODevice::ReadOnly))
            continue;
        Case c;
        c.folder = folder;
        c.readme = QString::fromUtf8(readme.readAll());
        const QRegularExpressionMatch m = heading.match(c.readme);
        c.title = m.hasMatch() ? m.captured(1).trimmed().remove(u'`') : folder;
        const QStringList files = QDir(dir.filePath(folder)).entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            if (ProjectScanner::isDockerfileName(file)) {
                c.dockerfile = folder + u'/' + file;
                break;
            }
        }
        cases.append(c);
    }
    // In the talk's order: "Case 2" before "Case 10", whatever the folders are called.
    // (QCollator's numeric mode is not available in the C locale, which tests and CI use.)
    std::stable_sort(cases.begin(), cases.end(),
                     [](const Case &a, const Case &b) { return naturalLess(a.title, b.title); });
    return cases;
}

void WorkshopPanel::setRoot(const QString &root)
{
    m_cases = findCases(root);
    m_list->clear();
    for (const Case &c : std::as_const(m_cases)) {
        auto *item = new QListWidgetItem(c.title, m_list);
        item->setToolTip(c.folder);
    }
    m_readme->clear();
}

void WorkshopPanel::setFindings(const QList<Finding> &findings)
{
    for (int row = 0; row < m_cases.size(); ++row) {
        const QString prefix = m_cases.at(row).folder + u'/';
        int count = 0;
        for (const Finding &f : findings)
            count += f.file.startsWith(prefix) ? 1 : 0;
        QListWidgetItem *item = m_list->item(row);
        item->setIcon(count ? EditorTheme::severityIcon(Severity::Error)
                            : style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setText(count ? (count == 1 ? tr("%1 (1 problem)").arg(m_cases.at(row).title)
                                  : tr("%1 (%2 problems)").arg(m_cases.at(row).title).arg(count))
                            : tr("%1 (ready for arm64)").arg(m_cases.at(row).title));
    }
}

void WorkshopPanel::showCase(int row)
{
    if (row < 0 || row >= m_cases.size()) {
        m_readme->clear();
        return;
    }
    m_readme->setMarkdown(m_cases.at(row).readme);
}

void WorkshopPanel::selectCaseFor(const QString &relativePath)
{
    for (int row = 0; row < m_cases.size(); ++row) {
        if (relativePath.startsWith(m_cases.at(row).folder + u'/')) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(row);
            showCase(row);
            return;
        }
    }
}

void WorkshopPanel::setLargeFont(bool large)
{
    QFont f = font();
    f.setPointSizeF(large ? QFont().pointSizeF() * 1.6 : QFont().pointSizeF());
    m_list->setFont(f);
    m_readme->setFont(f);
}

} // namespace Armlift
