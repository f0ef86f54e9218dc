#include "SettingsDialog.h"

#include "AppSettings.h"
#include "EditorTheme.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace Armlift {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_font(new QFontComboBox(this))
    , m_size(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    m_theme->addItem(tr("Follow system (light or dark)"), QString());
    QList<KSyntaxHighlighting::Theme> themes = EditorTheme::repository().themes();
    std::sort(themes.begin(), themes.end(), [](const auto &a, const auto &b) {
        return a.translatedName().localeAwareCompare(b.translatedName()) < 0;
    });
    for (const KSyntaxHighlighting::Theme &theme : std::as_const(themes))
        m_theme->addItem(theme.translatedName(), theme.name());
    m_theme->setAccessibleName(tr("Editor theme"));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setAccessibleName(tr("Editor font"));
    m_size->setRange(6, 72);
    m_size->setSuffix(tr(" pt"));
    m_size->setAccessibleName(tr("Editor font size"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Editor &theme:"), m_theme);
    form->addRow(tr("Editor &font:"), m_font);
    form->addRow(tr("Font &size:"), m_size);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    setThemeName(AppSettings::editorThemeName());
    setEditorFont(AppSettings::editorFont());
}

QString SettingsDialog::themeName() const
{
    return m_theme->currentData().toString();
}

void SettingsDialog::setThemeName(const QString &name)
{
    const int index = m_theme->findData(name);
    m_theme->setCurrentIndex(index < 0 ? 0 : index);
}

QFont SettingsDialog::editorFont() const
{
    QFont font = m_font->currentFont();
    font.setPointSize(m_size->value());
    return font;
}

void SettingsDialog::setEditorFont(const QFont &font)
{
    m_font->setCurrentFont(font);
    m_size->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
}

bool SettingsDialog::editSettings()
{
    if (exec() != QDialog::Accepted)
        return false;
    AppSettings::setEditorThemeName(themeName());
    AppSettings::setEditorFont(editorFont());
    return true;
}

} // namespace Armlift
