#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;
class ProblemLabel;

// A file path with a Browse button and, under it, why the file cannot be used (the check
// runs as the user types; the owner sets the problem).
class FileField : public QWidget
{
    Q_OBJECT
public:
    // filter: the file dialog's name filter, e.g. tr("Certificates (*.pem *.crt)").
    FileField(const QString &objectName, const QString &filter, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    void setProblem(const QString &problem);
    QString problem() const;
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void pathEdited();

private:
    QLineEdit *m_edit;
    QToolButton *m_browse;
    ProblemLabel *m_problem;
    QString m_filter;
};
