import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { t } from '../i18n';
import type { FieldControlProps } from './Field';

interface RichTextEditorProps {
  control: FieldControlProps;
  /** The label's id: a contenteditable is named by aria-labelledby, not by <label for>. */
  labelId: string;
  /** HTML, as stored. */
  value: string;
  onChange: (html: string) => void;
  onBlur: () => void;
}

/**
 * A small rich-text editor (TipTap on ProseMirror): bold, italics, underline, lists, links,
 * quotes and paragraphs, nothing the server's sanitiser would drop, so what the instructor
 * sees while typing is what students see on the entry page (same `room-description` look).
 * The server sanitises the HTML again; this is for writing, not for trust.
 */
export default function RichTextEditor({ control, labelId, value, onChange, onBlur }: RichTextEditorProps) {
  const editor = useEditor({
    // No <style> element of its own: the Content-Security-Policy allows none; forms.css has what it needs.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: false,
        codeBlock: false,
        strike: false,
        horizontalRule: false,
        // No empty paragraph kept at the end: it would be stored and shown as blank space.
        trailingNode: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], defaultProtocol: 'https' },
      }),
    ],
    content: value,
    editorProps: {
      attributes: {
        id: control.id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(control['aria-describedby'] ? { 'aria-describedby': control['aria-describedby'] } : {}),
        'aria-invalid': String(control['aria-invalid']),
        class: 'rich-text-content room-description',
      },
    },
    // An empty document is "", not "<p></p>": the field is optional and counted in characters.
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? '' : current.getHTML()),
    onBlur: () => onBlur(),
  });

  // A value set from outside (a reset after saving) replaces the content.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const shown = editor.isEmpty ? '' : editor.getHTML();
    if (value !== shown) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive('bold') ?? false,
      italic: current?.isActive('italic') ?? false,
      underline: current?.isActive('underline') ?? false,
      bulletList: current?.isActive('bulletList') ?? false,
      orderedList: current?.isActive('orderedList') ?? false,
      link: current?.isActive('link') ?? false,
    }),
  });

  if (!editor) return null;
  const chain = () => editor.chain().focus();
  const setLink = () => {
    const previous = (editor.getAttributes('link').href as string | undefined) ?? '';
    const href = window.prompt(t('common.richText.linkPrompt'), previous);
    if (href === null) return;
    if (href.trim() === '') chain().extendMarkRange('link').unsetLink().run();
    else chain().extendMarkRange('link').setLink({ href: href.trim() }).run();
  };

  return (
    <div className="rich-text">
      <div className="rich-text-toolbar" role="toolbar" aria-label={t('common.richText.toolbar')} aria-controls={control.id}>
        {/* The letters on bold, italic and underline are the language's own (German F, K, U); the other glyphs are symbols. */}
        <ToolbarButton label={t('common.richText.bold')} pressed={active?.bold} onClick={() => chain().toggleBold().run()} text={t('common.richText.boldGlyph')} />
        <ToolbarButton label={t('common.richText.italic')} pressed={active?.italic} onClick={() => chain().toggleItalic().run()} text={t('common.richText.italicGlyph')} />
        <ToolbarButton label={t('common.richText.underline')} pressed={active?.underline} onClick={() => chain().toggleUnderline().run()} text={t('common.richText.underlineGlyph')} />
        <ToolbarButton label={t('common.richText.bulletedList')} pressed={active?.bulletList} onClick={() => chain().toggleBulletList().run()} text="•" />
        <ToolbarButton label={t('common.richText.numberedList')} pressed={active?.orderedList} onClick={() => chain().toggleOrderedList().run()} text="1." />
        <ToolbarButton label={t('common.richText.link')} pressed={active?.link} onClick={setLink} text="🔗" />
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}

function ToolbarButton({ label, pressed, onClick, text }: { label: string; pressed: boolean | undefined; onClick: () => void; text: string }) {
  return (
    <button type="button" className="rich-text-button" aria-label={label} aria-pressed={Boolean(pressed)} title={label} onMouseDown={(event) => event.preventDefault()} onClick={onClick}>
      <span aria-hidden="true">{text}</span>
    </button>
  );
}
