#include "filefield.h"

#include "problemlabel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLineEdit>
#include <QToolButton>

FileField::FileField(const QString &objectName, const QString &filter, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_browse(new QToolButton(this)), m_problem(new ProblemLabel(this)),
      m_filter(filter)
{
    setObjectName(objectName);
    m_edit->setObjectName(objectName + QStringLiteral("Path"));
    m_edit->setPlaceholderText(tr("path of the file"));
    m_edit->setClearButtonEnabled(true);
    m_browse->setObjectName(objectName + QStringLiteral("Browse"));
    m_browse->setIcon(QIcon(QStringLiteral(":/icons/open-file.svg")));
    m_browse->setToolTip(tr("Choose the file"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_browse, 0, 1);
    layout->addWidget(m_problem, 1, 0, 1, 2);
    connect(m_edit, &QLineEdit::textEdited, this, &FileField::pathEdited);
    connect(m_browse, &QToolButton::clicked, this, [this] {
        // Non-native: the same dialog everywhere, and it works offscreen.
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a file"), QFileInfo(path()).absolutePath(),
                                                            m_filter + QStringLiteral(";;") + tr("All files (*)"), nullptr,
                                                            QFileDialog::DontUseNativeDialog);
        if (chosen.isEmpty())
            return;
        m_edit->setText(chosen);
        emit pathEdited();
    });
}

QString FileField::path() const
{
    return m_edit->text().trimmed();
}

void FileField::setPath(const QString &path)
{
    m_edit->setText(path);
}

void FileField::setProblem(const QString &problem)
{
    m_problem->setProblem(problem);
}

QString FileField::problem() const
{
    return m_problem->problem();
}
