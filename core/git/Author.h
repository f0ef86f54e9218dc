#pragma once

#include "git/GitError.h"

#include <QString>
#include <optional>

namespace Armlift::Git {

struct Author
{
    QString name;
    QString email;
    QString source; // "repository config", "global config", "settings", "--author"

    bool isComplete() const { return !name.trimmed().isEmpty() && !email.trimmed().isEmpty(); }
    QString toString() const { return name + QStringLiteral(" <") + email + QLatin1Char('>'); }

    // "Name <email>" as git's --author takes it.
    static std::optional<Author> parse(const QString &text);
};

// Where an author may come from besides git config, in the order they are used.
struct AuthorFallback
{
    QString explicitAuthor;  // --author "Name <email>" or the commit dialog: wins when given, as in git
    QString settingsName;    // Armlift settings
    QString settingsEmail;
};

// Resolves the commit author: an explicit author, else user.name/user.email from the
// repository's config, then the global (~/.gitconfig, XDG) and system config, else Settings.
// Fails with FailureKind::NoAuthor and a message naming what to set.
Status resolveAuthor(const QString &repositoryPath, const AuthorFallback &fallback, Author *out);

} // namespace Armlift::Git
