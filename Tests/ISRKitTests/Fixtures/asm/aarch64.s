	.file	"isr.c"
	.file	0 "/tmp/isrx" "isr.c" md5 0xba8bae4764e9d058adfb42c8b855496d
	.text
	.globl	timer                           // -- Begin function timer
	.p2align	2
	.type	timer,@function
timer:                                  // @timer
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
// %bb.0:
	.loc	0 42 8 prologue_end             // isr.c:42:8
	adrp	x8, ticks
	ldr	w9, [x8, :lo12:ticks]
	add	w9, w9, #1
	str	w9, [x8, :lo12:ticks]
	.loc	0 43 1                          // isr.c:43:1
	ret
.Ltmp0:
.Lfunc_end0:
	.size	timer, .Lfunc_end0-timer
	.cfi_endproc
                                        // -- End function
	.globl	sum_to                          // -- Begin function sum_to
	.p2align	2
	.type	sum_to,@function
sum_to:                                 // @sum_to
.Lfunc_begin1:
	.cfi_startproc
// %bb.0:
	//DEBUG_VALUE: sum_to:n <- $w0
	//DEBUG_VALUE: sum_to:s <- 0
	//DEBUG_VALUE: i <- 0
	.loc	0 48 3 prologue_end             // isr.c:48:3
	cbz	w0, .LBB1_6
.Ltmp1:
// %bb.1:
	//DEBUG_VALUE: i <- 0
	//DEBUG_VALUE: sum_to:s <- 0
	//DEBUG_VALUE: sum_to:n <- $w0
	.loc	0 0 3 is_stmt 0                 // isr.c:0:3
	mov	w9, wzr
	mov	w8, wzr
	adrp	x10, ticks
	b	.LBB1_4
.Ltmp2:
.LBB1_2:                                //   in Loop: Header=BB1_4 Depth=1
	//DEBUG_VALUE: i <- $w9
	//DEBUG_VALUE: sum_to:s <- $w8
	//DEBUG_VALUE: sum_to:n <- $w0
	.loc	0 52 12 is_stmt 1               // isr.c:52:12
	ldr	w11, [x10, :lo12:ticks]
	.loc	0 52 9 is_stmt 0                // isr.c:52:9
	eor	w8, w11, w8
.Ltmp3:
	//DEBUG_VALUE: sum_to:s <- $w8
.LBB1_3:                                //   in Loop: Header=BB1_4 Depth=1
	//DEBUG_VALUE: i <- $w9
	//DEBUG_VALUE: sum_to:n <- $w0
	//DEBUG_VALUE: sum_to:s <- $w8
	.loc	0 48 32 is_stmt 1               // isr.c:48:32
	add	w9, w9, #1
.Ltmp4:
	//DEBUG_VALUE: i <- $w9
	.loc	0 48 3 is_stmt 0                // isr.c:48:3
	cmp	w0, w9
	b.eq	.LBB1_7
.Ltmp5:
.LBB1_4:                                // =>This Inner Loop Header: Depth=1
	//DEBUG_VALUE: sum_to:n <- $w0
	//DEBUG_VALUE: sum_to:s <- $w8
	//DEBUG_VALUE: i <- $w9
	.loc	0 49 11 is_stmt 1               // isr.c:49:11
	tbz	w9, #0, .LBB1_2
.Ltmp6:
// %bb.5:                               //   in Loop: Header=BB1_4 Depth=1
	//DEBUG_VALUE: i <- $w9
	//DEBUG_VALUE: sum_to:s <- $w8
	//DEBUG_VALUE: sum_to:n <- $w0
	//DEBUG_VALUE: sum_to:s <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_arg 1, DW_OP_plus, DW_OP_stack_value] $w9, $w8
	.loc	0 50 7                          // isr.c:50:7
	add	w8, w8, w9
.Ltmp7:
	b	.LBB1_3
.Ltmp8:
.LBB1_6:
	//DEBUG_VALUE: i <- 0
	//DEBUG_VALUE: sum_to:s <- 0
	//DEBUG_VALUE: sum_to:n <- $w0
	.loc	0 0 7 is_stmt 0                 // isr.c:0:7
	mov	w8, wzr
.Ltmp9:
.LBB1_7:
	//DEBUG_VALUE: sum_to:n <- $w0
	.loc	0 54 3 is_stmt 1                // isr.c:54:3
	mov	w0, w8
.Ltmp10:
	//DEBUG_VALUE: sum_to:n <- [DW_OP_LLVM_entry_value 1] $w0
	ret
.Ltmp11:
.Lfunc_end1:
	.size	sum_to, .Lfunc_end1-sum_to
	.cfi_endproc
                                        // -- End function
	.globl	report                          // -- Begin function report
	.p2align	2
	.type	report,@function
report:                                 // @report
.Lfunc_begin2:
	.cfi_startproc
// %bb.0:
	.loc	0 59 16 prologue_end            // isr.c:59:16
	adrp	x8, ticks
	ldr	w8, [x8, :lo12:ticks]
.Ltmp12:
	//DEBUG_VALUE: scale:v <- $w8
	.file	1 "." "isr_inline.h" md5 0x3bc851a02cc0b4aa24beb00c7c44ea20
	.loc	1 4 12                          // ./isr_inline.h:4:12 @[ isr.c:59:10 ]
	add	w8, w8, w8, lsl #1
.Ltmp13:
	.loc	1 4 17 is_stmt 0                // ./isr_inline.h:4:17 @[ isr.c:59:10 ]
	add	w0, w8, #7
.Ltmp14:
	.loc	0 59 3 is_stmt 1                // isr.c:59:3
	b	notify
.Ltmp15:
.Lfunc_end2:
	.size	report, .Lfunc_end2-report
	.cfi_endproc
                                        // -- End function
	.type	ticks,@object                   // @ticks
	.bss
	.globl	ticks
	.p2align	2, 0x0
ticks:
	.word	0                               // 0x0
	.size	ticks, 4

	.section	.debug_loclists,"",@progbits
	.word	.Ldebug_list_header_end0-.Ldebug_list_header_start0 // Length
.Ldebug_list_header_start0:
	.hword	5                               // Version
	.byte	8                               // Address size
	.byte	0                               // Segment selector size
	.word	4                               // Offset entry count
.Lloclists_table_base0:
	.word	.Ldebug_loc0-.Lloclists_table_base0
	.word	.Ldebug_loc1-.Lloclists_table_base0
	.word	.Ldebug_loc2-.Lloclists_table_base0
	.word	.Ldebug_loc3-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               // DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin0    //   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin0          //   ending offset
	.byte	1                               // Loc expr size
	.byte	80                              // DW_OP_reg0
	.byte	4                               // DW_LLE_offset_pair
	.uleb128 .Ltmp10-.Lfunc_begin0          //   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin0      //   ending offset
	.byte	4                               // Loc expr size
	.byte	163                             // DW_OP_entry_value
	.byte	1                               // 1
	.byte	80                              // DW_OP_reg0
	.byte	159                             // DW_OP_stack_value
	.byte	0                               // DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               // DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin0    //   starting offset
	.uleb128 .Ltmp2-.Lfunc_begin0           //   ending offset
	.byte	2                               // Loc expr size
	.byte	48                              // DW_OP_lit0
	.byte	159                             // DW_OP_stack_value
	.byte	4                               // DW_LLE_offset_pair
	.uleb128 .Ltmp2-.Lfunc_begin0           //   starting offset
	.uleb128 .Ltmp6-.Lfunc_begin0           //   ending offset
	.byte	1                               // Loc expr size
	.byte	88                              // DW_OP_reg8
	.byte	4                               // DW_LLE_offset_pair
	.uleb128 .Ltmp6-.Lfunc_begin0           //   starting offset
	.uleb128 .Ltmp7-.Lfunc_begin0           //   ending offset
	.byte	6                               // Loc expr size
	.byte	121                             // DW_OP_breg9
	.byte	0                               // 0
	.byte	120                             // DW_OP_breg8
	.byte	0                               // 0
	.byte	34                              // DW_OP_plus
	.byte	159                             // DW_OP_stack_value
	.byte	4                               // DW_LLE_offset_pair
	.uleb128 .Ltmp8-.Lfunc_begin0           //   starting offset
	.uleb128 .Ltmp9-.Lfunc_begin0           //   ending offset
	.byte	2                               // Loc expr size
	.byte	48                              // DW_OP_lit0
	.byte	159                             // DW_OP_stack_value
	.byte	0                               // DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               // DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin0    //   starting offset
	.uleb128 .Ltmp2-.Lfunc_begin0           //   ending offset
	.byte	2                               // Loc expr size
	.byte	48                              // DW_OP_lit0
	.byte	159                             // DW_OP_stack_value
	.byte	4                               // DW_LLE_offset_pair
	.uleb128 .Ltmp2-.Lfunc_begin0           //   starting offset
	.uleb128 .Ltmp8-.Lfunc_begin0           //   ending offset
	.byte	1                               // Loc expr size
	.byte	89                              // DW_OP_reg9
	.byte	0                               // DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	4                               // DW_LLE_offset_pair
	.uleb128 .Ltmp12-.Lfunc_begin0          //   starting offset
	.uleb128 .Ltmp13-.Lfunc_begin0          //   ending offset
	.byte	1                               // Loc expr size
	.byte	88                              // DW_OP_reg8
	.byte	0                               // DW_LLE_end_of_list
.Ldebug_list_header_end0:
	.section	.debug_abbrev,"",@progbits
	.byte	1                               // Abbreviation Code
	.byte	17                              // DW_TAG_compile_unit
	.byte	1                               // DW_CHILDREN_yes
	.byte	37                              // DW_AT_producer
	.byte	37                              // DW_FORM_strx1
	.byte	19                              // DW_AT_language
	.byte	5                               // DW_FORM_data2
	.byte	3                               // DW_AT_name
	.byte	37                              // DW_FORM_strx1
	.byte	114                             // DW_AT_str_offsets_base
	.byte	23                              // DW_FORM_sec_offset
	.byte	16                              // DW_AT_stmt_list
	.byte	23                              // DW_FORM_sec_offset
	.byte	27                              // DW_AT_comp_dir
	.byte	37                              // DW_FORM_strx1
	.byte	17                              // DW_AT_low_pc
	.byte	27                              // DW_FORM_addrx
	.byte	18                              // DW_AT_high_pc
	.byte	6                               // DW_FORM_data4
	.byte	115                             // DW_AT_addr_base
	.byte	23                              // DW_FORM_sec_offset
	.ascii	"\214\001"                      // DW_AT_loclists_base
	.byte	23                              // DW_FORM_sec_offset
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	2                               // Abbreviation Code
	.byte	52                              // DW_TAG_variable
	.byte	0                               // DW_CHILDREN_no
	.byte	3                               // DW_AT_name
	.byte	37                              // DW_FORM_strx1
	.byte	73                              // DW_AT_type
	.byte	19                              // DW_FORM_ref4
	.byte	63                              // DW_AT_external
	.byte	25                              // DW_FORM_flag_present
	.byte	58                              // DW_AT_decl_file
	.byte	11                              // DW_FORM_data1
	.byte	59                              // DW_AT_decl_line
	.byte	11                              // DW_FORM_data1
	.byte	2                               // DW_AT_location
	.byte	24                              // DW_FORM_exprloc
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	3                               // Abbreviation Code
	.byte	53                              // DW_TAG_volatile_type
	.byte	0                               // DW_CHILDREN_no
	.byte	73                              // DW_AT_type
	.byte	19                              // DW_FORM_ref4
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	4                               // Abbreviation Code
	.byte	36                              // DW_TAG_base_type
	.byte	0                               // DW_CHILDREN_no
	.byte	3                               // DW_AT_name
	.byte	37                              // DW_FORM_strx1
	.byte	62                              // DW_AT_encoding
	.byte	11                              // DW_FORM_data1
	.byte	11                              // DW_AT_byte_size
	.byte	11                              // DW_FORM_data1
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	5                               // Abbreviation Code
	.byte	46                              // DW_TAG_subprogram
	.byte	0                               // DW_CHILDREN_no
	.byte	17                              // DW_AT_low_pc
	.byte	27                              // DW_FORM_addrx
	.byte	18                              // DW_AT_high_pc
	.byte	6                               // DW_FORM_data4
	.byte	64                              // DW_AT_frame_base
	.byte	24                              // DW_FORM_exprloc
	.byte	122                             // DW_AT_call_all_calls
	.byte	25                              // DW_FORM_flag_present
	.byte	3                               // DW_AT_name
	.byte	37                              // DW_FORM_strx1
	.byte	58                              // DW_AT_decl_file
	.byte	11                              // DW_FORM_data1
	.byte	59                              // DW_AT_decl_line
	.byte	11                              // DW_FORM_data1
	.byte	39                              // DW_AT_prototyped
	.byte	25                              // DW_FORM_flag_present
	.byte	63                              // DW_AT_external
	.byte	25                              // DW_FORM_flag_present
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	6                               // Abbreviation Code
	.byte	46                              // DW_TAG_subprogram
	.byte	1                               // DW_CHILDREN_yes
	.byte	17                              // DW_AT_low_pc
	.byte	27                              // DW_FORM_addrx
	.byte	18                              // DW_AT_high_pc
	.byte	6                               // DW_FORM_data4
	.byte	64                              // DW_AT_frame_base
	.byte	24                              // DW_FORM_exprloc
	.byte	122                             // DW_AT_call_all_calls
	.byte	25                              // DW_FORM_flag_present
	.byte	3                               // DW_AT_name
	.byte	37                              // DW_FORM_strx1
	.byte	58                              // DW_AT_decl_file
	.byte	11                              // DW_FORM_data1
	.byte	59                              // DW_AT_decl_line
	.byte	11                              // DW_FORM_data1
	.byte	39                              // DW_AT_prototyped
	.byte	25                              // DW_FORM_flag_present
	.byte	73                              // DW_AT_type
	.byte	19                              // DW_FORM_ref4
	.byte	63                              // DW_AT_external
	.byte	25                              // DW_FORM_flag_present
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	7                               // Abbreviation Code
	.byte	5                               // DW_TAG_formal_parameter
	.byte	0                               // DW_CHILDREN_no
	.byte	2                               // DW_AT_location
	.byte	34                              // DW_FORM_loclistx
	.byte	3                               // DW_AT_name
	.byte	37                              // DW_FORM_strx1
	.byte	58                              // DW_AT_decl_file
	.byte	11                              // DW_FORM_data1
	.byte	59                              // DW_AT_decl_line
	.byte	11                              // DW_FORM_data1
	.byte	73                              // DW_AT_type
	.byte	19                              // DW_FORM_ref4
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	8                               // Abbreviation Code
	.byte	52                              // DW_TAG_variable
	.byte	0                               // DW_CHILDREN_no
	.byte	2                               // DW_AT_location
	.byte	34                              // DW_FORM_loclistx
	.byte	3                               // DW_AT_name
	.byte	37                              // DW_FORM_strx1
	.byte	58                              // DW_AT_decl_file
	.byte	11                              // DW_FORM_data1
	.byte	59                              // DW_AT_decl_line
	.byte	11                              // DW_FORM_data1
	.byte	73                              // DW_AT_type
	.byte	19                              // DW_FORM_ref4
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	9                               // Abbreviation Code
	.byte	11                              // DW_TAG_lexical_block
	.byte	1                               // DW_CHILDREN_yes
	.byte	17                              // DW_AT_low_pc
	.byte	27                              // DW_FORM_addrx
	.byte	18                              // DW_AT_high_pc
	.byte	6                               // DW_FORM_data4
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	10                              // Abbreviation Code
	.byte	46                              // DW_TAG_subprogram
	.byte	1                               // DW_CHILDREN_yes
	.byte	3                               // DW_AT_name
	.byte	37                              // DW_FORM_strx1
	.byte	58                              // DW_AT_decl_file
	.byte	11                              // DW_FORM_data1
	.byte	59                              // DW_AT_decl_line
	.byte	11                              // DW_FORM_data1
	.byte	39                              // DW_AT_prototyped
	.byte	25                              // DW_FORM_flag_present
	.byte	73                              // DW_AT_type
	.byte	19                              // DW_FORM_ref4
	.byte	32                              // DW_AT_inline
	.byte	33                              // DW_FORM_implicit_const
	.byte	1
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	11                              // Abbreviation Code
	.byte	5                               // DW_TAG_formal_parameter
	.byte	0                               // DW_CHILDREN_no
	.byte	3                               // DW_AT_name
	.byte	37                              // DW_FORM_strx1
	.byte	58                              // DW_AT_decl_file
	.byte	11                              // DW_FORM_data1
	.byte	59                              // DW_AT_decl_line
	.byte	11                              // DW_FORM_data1
	.byte	73                              // DW_AT_type
	.byte	19                              // DW_FORM_ref4
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	12                              // Abbreviation Code
	.byte	46                              // DW_TAG_subprogram
	.byte	1                               // DW_CHILDREN_yes
	.byte	17                              // DW_AT_low_pc
	.byte	27                              // DW_FORM_addrx
	.byte	18                              // DW_AT_high_pc
	.byte	6                               // DW_FORM_data4
	.byte	64                              // DW_AT_frame_base
	.byte	24                              // DW_FORM_exprloc
	.byte	122                             // DW_AT_call_all_calls
	.byte	25                              // DW_FORM_flag_present
	.byte	3                               // DW_AT_name
	.byte	37                              // DW_FORM_strx1
	.byte	58                              // DW_AT_decl_file
	.byte	11                              // DW_FORM_data1
	.byte	59                              // DW_AT_decl_line
	.byte	11                              // DW_FORM_data1
	.byte	39                              // DW_AT_prototyped
	.byte	25                              // DW_FORM_flag_present
	.byte	63                              // DW_AT_external
	.byte	25                              // DW_FORM_flag_present
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	13                              // Abbreviation Code
	.byte	29                              // DW_TAG_inlined_subroutine
	.byte	1                               // DW_CHILDREN_yes
	.byte	49                              // DW_AT_abstract_origin
	.byte	19                              // DW_FORM_ref4
	.byte	17                              // DW_AT_low_pc
	.byte	27                              // DW_FORM_addrx
	.byte	18                              // DW_AT_high_pc
	.byte	6                               // DW_FORM_data4
	.byte	88                              // DW_AT_call_file
	.byte	11                              // DW_FORM_data1
	.byte	89                              // DW_AT_call_line
	.byte	11                              // DW_FORM_data1
	.byte	87                              // DW_AT_call_column
	.byte	11                              // DW_FORM_data1
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	14                              // Abbreviation Code
	.byte	5                               // DW_TAG_formal_parameter
	.byte	0                               // DW_CHILDREN_no
	.byte	2                               // DW_AT_location
	.byte	34                              // DW_FORM_loclistx
	.byte	49                              // DW_AT_abstract_origin
	.byte	19                              // DW_FORM_ref4
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	15                              // Abbreviation Code
	.byte	72                              // DW_TAG_call_site
	.byte	0                               // DW_CHILDREN_no
	.byte	127                             // DW_AT_call_origin
	.byte	19                              // DW_FORM_ref4
	.ascii	"\202\001"                      // DW_AT_call_tail_call
	.byte	25                              // DW_FORM_flag_present
	.ascii	"\201\001"                      // DW_AT_call_pc
	.byte	27                              // DW_FORM_addrx
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	16                              // Abbreviation Code
	.byte	46                              // DW_TAG_subprogram
	.byte	1                               // DW_CHILDREN_yes
	.byte	3                               // DW_AT_name
	.byte	37                              // DW_FORM_strx1
	.byte	58                              // DW_AT_decl_file
	.byte	11                              // DW_FORM_data1
	.byte	59                              // DW_AT_decl_line
	.byte	11                              // DW_FORM_data1
	.byte	39                              // DW_AT_prototyped
	.byte	25                              // DW_FORM_flag_present
	.byte	60                              // DW_AT_declaration
	.byte	25                              // DW_FORM_flag_present
	.byte	63                              // DW_AT_external
	.byte	25                              // DW_FORM_flag_present
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	17                              // Abbreviation Code
	.byte	5                               // DW_TAG_formal_parameter
	.byte	0                               // DW_CHILDREN_no
	.byte	73                              // DW_AT_type
	.byte	19                              // DW_FORM_ref4
	.byte	0                               // EOM(1)
	.byte	0                               // EOM(2)
	.byte	0                               // EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.word	.Ldebug_info_end0-.Ldebug_info_start0 // Length of Unit
.Ldebug_info_start0:
	.hword	5                               // DWARF version number
	.byte	1                               // DWARF Unit Type
	.byte	8                               // Address Size (in bytes)
	.word	.debug_abbrev                   // Offset Into Abbrev. Section
	.byte	1                               // Abbrev [1] 0xc:0xae DW_TAG_compile_unit
	.byte	0                               // DW_AT_producer
	.hword	29                              // DW_AT_language
	.byte	1                               // DW_AT_name
	.word	.Lstr_offsets_base0             // DW_AT_str_offsets_base
	.word	.Lline_table_start0             // DW_AT_stmt_list
	.byte	2                               // DW_AT_comp_dir
	.byte	1                               // DW_AT_low_pc
	.word	.Lfunc_end2-.Lfunc_begin0       // DW_AT_high_pc
	.word	.Laddr_table_base0              // DW_AT_addr_base
	.word	.Lloclists_table_base0          // DW_AT_loclists_base
	.byte	2                               // Abbrev [2] 0x27:0xb DW_TAG_variable
	.byte	3                               // DW_AT_name
	.word	50                              // DW_AT_type
                                        // DW_AT_external
	.byte	0                               // DW_AT_decl_file
	.byte	4                               // DW_AT_decl_line
	.byte	2                               // DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               // Abbrev [3] 0x32:0x5 DW_TAG_volatile_type
	.word	55                              // DW_AT_type
	.byte	4                               // Abbrev [4] 0x37:0x4 DW_TAG_base_type
	.byte	4                               // DW_AT_name
	.byte	7                               // DW_AT_encoding
	.byte	4                               // DW_AT_byte_size
	.byte	5                               // Abbrev [5] 0x3b:0xb DW_TAG_subprogram
	.byte	1                               // DW_AT_low_pc
	.word	.Lfunc_end0-.Lfunc_begin0       // DW_AT_high_pc
	.byte	1                               // DW_AT_frame_base
	.byte	111
                                        // DW_AT_call_all_calls
	.byte	8                               // DW_AT_name
	.byte	0                               // DW_AT_decl_file
	.byte	40                              // DW_AT_decl_line
                                        // DW_AT_prototyped
                                        // DW_AT_external
	.byte	6                               // Abbrev [6] 0x46:0x32 DW_TAG_subprogram
	.byte	2                               // DW_AT_low_pc
	.word	.Lfunc_end1-.Lfunc_begin1       // DW_AT_high_pc
	.byte	1                               // DW_AT_frame_base
	.byte	111
                                        // DW_AT_call_all_calls
	.byte	9                               // DW_AT_name
	.byte	0                               // DW_AT_decl_file
	.byte	45                              // DW_AT_decl_line
                                        // DW_AT_prototyped
	.word	55                              // DW_AT_type
                                        // DW_AT_external
	.byte	7                               // Abbrev [7] 0x55:0x9 DW_TAG_formal_parameter
	.byte	0                               // DW_AT_location
	.byte	11                              // DW_AT_name
	.byte	0                               // DW_AT_decl_file
	.byte	45                              // DW_AT_decl_line
	.word	55                              // DW_AT_type
	.byte	8                               // Abbrev [8] 0x5e:0x9 DW_TAG_variable
	.byte	1                               // DW_AT_location
	.byte	12                              // DW_AT_name
	.byte	0                               // DW_AT_decl_file
	.byte	47                              // DW_AT_decl_line
	.word	55                              // DW_AT_type
	.byte	9                               // Abbrev [9] 0x67:0x10 DW_TAG_lexical_block
	.byte	2                               // DW_AT_low_pc
	.word	.Ltmp8-.Lfunc_begin1            // DW_AT_high_pc
	.byte	8                               // Abbrev [8] 0x6d:0x9 DW_TAG_variable
	.byte	2                               // DW_AT_location
	.byte	13                              // DW_AT_name
	.byte	0                               // DW_AT_decl_file
	.byte	48                              // DW_AT_decl_line
	.word	55                              // DW_AT_type
	.byte	0                               // End Of Children Mark
	.byte	0                               // End Of Children Mark
	.byte	10                              // Abbrev [10] 0x78:0x11 DW_TAG_subprogram
	.byte	5                               // DW_AT_name
	.byte	1                               // DW_AT_decl_file
	.byte	2                               // DW_AT_decl_line
                                        // DW_AT_prototyped
	.word	55                              // DW_AT_type
                                        // DW_AT_inline
	.byte	11                              // Abbrev [11] 0x80:0x8 DW_TAG_formal_parameter
	.byte	6                               // DW_AT_name
	.byte	1                               // DW_AT_decl_file
	.byte	2                               // DW_AT_decl_line
	.word	55                              // DW_AT_type
	.byte	0                               // End Of Children Mark
	.byte	12                              // Abbrev [12] 0x89:0x26 DW_TAG_subprogram
	.byte	3                               // DW_AT_low_pc
	.word	.Lfunc_end2-.Lfunc_begin2       // DW_AT_high_pc
	.byte	1                               // DW_AT_frame_base
	.byte	111
                                        // DW_AT_call_all_calls
	.byte	10                              // DW_AT_name
	.byte	0                               // DW_AT_decl_file
	.byte	57                              // DW_AT_decl_line
                                        // DW_AT_prototyped
                                        // DW_AT_external
	.byte	13                              // Abbrev [13] 0x94:0x14 DW_TAG_inlined_subroutine
	.word	120                             // DW_AT_abstract_origin
	.byte	4                               // DW_AT_low_pc
	.word	.Ltmp14-.Ltmp12                 // DW_AT_high_pc
	.byte	0                               // DW_AT_call_file
	.byte	59                              // DW_AT_call_line
	.byte	10                              // DW_AT_call_column
	.byte	14                              // Abbrev [14] 0xa1:0x6 DW_TAG_formal_parameter
	.byte	3                               // DW_AT_location
	.word	128                             // DW_AT_abstract_origin
	.byte	0                               // End Of Children Mark
	.byte	15                              // Abbrev [15] 0xa8:0x6 DW_TAG_call_site
	.word	175                             // DW_AT_call_origin
                                        // DW_AT_call_tail_call
	.byte	5                               // DW_AT_call_pc
	.byte	0                               // End Of Children Mark
	.byte	16                              // Abbrev [16] 0xaf:0xa DW_TAG_subprogram
	.byte	7                               // DW_AT_name
	.byte	0                               // DW_AT_decl_file
	.byte	6                               // DW_AT_decl_line
                                        // DW_AT_prototyped
                                        // DW_AT_declaration
                                        // DW_AT_external
	.byte	17                              // Abbrev [17] 0xb3:0x5 DW_TAG_formal_parameter
	.word	55                              // DW_AT_type
	.byte	0                               // End Of Children Mark
	.byte	0                               // End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.word	60                              // Length of String Offsets Set
	.hword	5
	.hword	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)" // string offset=0
.Linfo_string1:
	.asciz	"isr.c"                         // string offset=110
.Linfo_string2:
	.asciz	"/tmp/isrx"                     // string offset=116
.Linfo_string3:
	.asciz	"ticks"                         // string offset=126
.Linfo_string4:
	.asciz	"unsigned int"                  // string offset=132
.Linfo_string5:
	.asciz	"scale"                         // string offset=145
.Linfo_string6:
	.asciz	"v"                             // string offset=151
.Linfo_string7:
	.asciz	"notify"                        // string offset=153
.Linfo_string8:
	.asciz	"timer"                         // string offset=160
.Linfo_string9:
	.asciz	"sum_to"                        // string offset=166
.Linfo_string10:
	.asciz	"report"                        // string offset=173
.Linfo_string11:
	.asciz	"n"                             // string offset=180
.Linfo_string12:
	.asciz	"s"                             // string offset=182
.Linfo_string13:
	.asciz	"i"                             // string offset=184
	.section	.debug_str_offsets,"",@progbits
	.word	.Linfo_string0
	.word	.Linfo_string1
	.word	.Linfo_string2
	.word	.Linfo_string3
	.word	.Linfo_string4
	.word	.Linfo_string5
	.word	.Linfo_string6
	.word	.Linfo_string7
	.word	.Linfo_string8
	.word	.Linfo_string9
	.word	.Linfo_string10
	.word	.Linfo_string11
	.word	.Linfo_string12
	.word	.Linfo_string13
	.section	.debug_addr,"",@progbits
	.word	.Ldebug_addr_end0-.Ldebug_addr_start0 // Length of contribution
.Ldebug_addr_start0:
	.hword	5                               // DWARF version number
	.byte	8                               // Address size
	.byte	0                               // Segment selector size
.Laddr_table_base0:
	.xword	ticks
	.xword	.Lfunc_begin0
	.xword	.Lfunc_begin1
	.xword	.Lfunc_begin2
	.xword	.Ltmp12
	.xword	.Ltmp14
.Ldebug_addr_end0:
	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym ticks
	.section	.debug_line,"",@progbits
.Lline_table_start0:
