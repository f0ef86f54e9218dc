#pragma once

#include "rules/RuleContext.h"
#include "rules/downloads/DownloadSites.h"

#include <QList>
#include <QString>

namespace Armlift::Internal {

// An edit by document offsets.
TextEdit documentEdit(const Dockerfile &df, const QString &file, int start, int end, const QString &newText);
// Replaces text[start, end) of a site; `newText` is JSON-escaped for exec-form strings.
TextEdit siteEdit(const Dockerfile &df, const QString &file, const TextSite &site, int start, int end,
                  const QString &newText);

bool isJsonSource(const Dockerfile &df, const ShellSource &src);
QString jsonEscaped(const QString &text);

// Removes command `index` of a shell source with the `&&` or `;` that joins it to a neighbour.
// Refuses (false) for the only command, pipelines, `||`, and anything with a comment or a
// compound keyword in between, where removing it would change what else runs.
bool removeCommandEdit(const Dockerfile &df, const QString &file, const ShellSource &src, int index, TextEdit *edit);

// Removes word `wordIndex` of a command together with the blanks (and line continuation) before it.
TextEdit removeWordEdit(const Dockerfile &df, const QString &file, const ShellSource &src, const ShellCommand &cmd,
                        int wordIndex);

// Inserts `statement; ` before the first command of a shell source (a variable the later
// commands use), escaped when the source is an exec-form string.
bool prependStatementEdit(const Dockerfile &df, const QString &file, const ShellSource &src, const QString &statement,
                          TextEdit *edit);

// `case "$TARGETARCH" in amd64) VAR=x ;; arm64) VAR=y ;; esac` (values single-quoted when needed).
QString archCaseStatement(const QString &variable, const QString &amd64Value, const QString &arm64Value);

// The 1-based line of a site's text index, for messages and notes.
int siteLine(const Dockerfile &df, const TextSite &site, int pos);

} // namespace Armlift::Internal
