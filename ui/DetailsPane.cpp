#include "DetailsPane.h"

#include "EditorTheme.h"
#include "rules/RuleRegistry.h"

#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {
// Messages and help are plain text: "go<v>.linux-amd64" must not turn into an HTML tag.
QString escapeMarkdown(const QString &text)
{
    static const QString special = u"\\`*_{}[]()<>#+-.!|~$&"_s;
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}
} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_fixes(new QWidget(this))
    , m_fixLayout(new QVBoxLayout(m_fixes))
{
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Problem details"));
    m_fixLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_fixes);
    showFinding(nullptr);
}

void DetailsPane::showFinding(const Finding *finding)
{
    while (QLayoutItem *item = m_fixLayout->takeAt(0)) {
        // A button may be the sender of the click that led here: delete it later.
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (!finding) {
        m_markdown = tr("Select a problem to see why it breaks on arm64 and how to fix it.");
        m_browser->setMarkdown(m_markdown);
        m_fixes->hide();
        return;
    }
    QString md = u"### "_s + finding->ruleId + u" \u2014 "_s + escapeMarkdown(finding->message) + u"\n\n"_s;
    md += tr("%1 in `%2`, line %3. Source: %4.")
              .arg(severityName(finding->severity), finding->file) // in a code span: literal already
              .arg(finding->range.line)
              .arg(finding->source)
          + u"\n\n"_s;
    if (!finding->help.isEmpty())
        md += escapeMarkdown(finding->help) + u"\n\n"_s;
    const QString doc = RuleRegistry::documentation(finding->ruleId);
    if (!doc.isEmpty())
        md += u"---\n\n"_s + doc;
    m_markdown = md;
    m_browser->setMarkdown(md);

    for (int i = 0; i < finding->fixes.size(); ++i) {
        const Fix &fix = finding->fixes.at(i);
        auto *button = new QPushButton(EditorTheme::lightBulbIcon(), tr("Fix: %1").arg(fix.title), m_fixes);
        if (!fix.note.isEmpty())
            button->setToolTip(fix.note);
        const Finding copy = *finding;
        connect(button, &QPushButton::clicked, this, [this, copy, i] { Q_EMIT fixRequested(copy, i); });
        m_fixLayout->addWidget(button);
    }
    m_fixes->setVisible(!finding->fixes.isEmpty());
}

} // namespace Armlift
